package dev.aispm.collectors.gcp.images;

import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.collectors.gcp.GcpScope;
import dev.aispm.collectors.gcp.images.ImageLinks.ArtifactImage;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.write.ScopeKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Links one project's workloads to the Artifact Registry images they run, once every sync of the
 * project has written its nodes: the workloads' references and the images (of any project the
 * scan or an earlier one read) come from the graph, through the properties the schema declares,
 * so no sync depends on another's code. Edges are merged, so running the step twice writes them
 * once; they belong to the workload's scope and are cleaned with the workload's type.
 */
public final class ImageLinkSync {
  private ImageLinkSync() {}

  /** @param locations the Vertex AI locations whose workloads a failure leaves unlinked (beside the project scope) */
  public static void sync(GcpScope g, List<String> locations) {
    Instant start = Instant.now();
    try (Session s = g.context().graph().session()) {
      List<PinnedWorkload> workloads = WorkloadImages.read(s, g.project().projectId(), null);
      Set<String> paths = new LinkedHashSet<>();
      workloads.forEach(w -> w.references().forEach(ref ->
          ArtifactReference.parse(ref).ifPresent(r -> paths.add(r.path()))));
      if (paths.isEmpty()) {
        return;
      }
      List<ArtifactImage> images = s.run("MATCH (i:" + GcpArtifactImageSchema.NODE.type() + ") WHERE i.stub IS NULL "
              + "AND i.repositoryName IN $paths RETURN i.id AS id, i.repositoryName AS path, i.digest AS digest, "
              + "coalesce(i.tags, []) AS tags", Map.of("paths", List.copyOf(paths)))
          .list(r -> new ArtifactImage(r.get("id").asString(), r.get("path").asString(), r.get("digest").asString(null),
              r.get("tags").asList(Value::asString)));
      ImageLinks.link(workloads, images).load(g.context().writer(), g.context().tag());
    } catch (RuntimeException e) {
      // Unlinked this scan is not "runs no image": keep the edges the workloads' cleanup would drop.
      List<ScopeKey> scopes = new ArrayList<>();
      scopes.add(g.key());
      locations.forEach(l -> scopes.add(g.in(l).key()));
      for (ScopeKey scope : scopes) {
        for (NodeSchema type : WorkloadImages.types()) {
          g.context().ledger().failed(scope, type, "link images", e.getClass().getSimpleName() + ": " + e.getMessage(),
              null, Duration.between(start, Instant.now()));
        }
      }
    }
  }
}
