package dev.aispm.collectors.aws.images;

import dev.aispm.collectors.aws.AwsScope;
import dev.aispm.collectors.aws.images.ImageLinks.EcrImage;
import dev.aispm.collectors.content.image.ImageReference;
import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.aws.ecr.ContainerImageSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Links one region's workloads to the ECR images they run, once every sync of the region has
 * written its nodes: the workloads' image references and the images (of any scanned region, when
 * already read) come from the graph, through the properties the schema declares for them, so
 * neither sync depends on the other's order or code.
 */
public final class ImageLinkSync {
  private ImageLinkSync() {}

  public static void sync(AwsScope scope) {
    Instant start = Instant.now();
    try (Session s = scope.context().graph().session()) {
      List<PinnedWorkload> workloads = WorkloadImages.read(s, scope.key(), null);
      Set<String> repos = new LinkedHashSet<>();
      workloads.forEach(w -> w.references().forEach(ref ->
          ImageReference.parse(ref).ifPresent(p -> repos.add(p.repository()))));
      if (repos.isEmpty()) {
        return;
      }
      List<EcrImage> images = s.run("MATCH (i:" + ContainerImageSchema.NODE.type() + ") WHERE i.stub IS NULL "
              + "AND toLower(i.repositoryUri) IN $repos RETURN i.id AS id, i.repositoryUri AS uri, i.digest AS digest, "
              + "coalesce(i.tags, []) AS tags", Map.of("repos", List.copyOf(repos)))
          .list(r -> new EcrImage(r.get("id").asString(), r.get("uri").asString(), r.get("digest").asString(null),
              r.get("tags").asList(Value::asString)));
      ImageLinks.link(workloads, images).load(scope.context().writer(), scope.context().tag());
    } catch (RuntimeException e) {
      // Unlinked this scan is not "runs no image": keep the edges the workloads' last cleanup would drop.
      for (NodeSchema type : WorkloadImages.types()) {
        scope.context().ledger().failed(scope.key(), type, "link images", e.getClass().getSimpleName() + ": "
            + e.getMessage(), null, Duration.between(start, Instant.now()));
      }
    }
  }
}
