package dev.aispm.collectors.gcp.artifactregistry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.CodePackageScan.ImageReport;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.content.image.ImageReader;
import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.collectors.content.image.RegistryAuth;
import dev.aispm.collectors.content.image.RegistryClient;
import dev.aispm.collectors.gcp.GcpClients;
import dev.aispm.collectors.gcp.GcpScope;
import dev.aispm.collectors.gcp.GcpSettings;
import dev.aispm.collectors.gcp.artifactregistry.ArtifactImageTransformer.ImageView;
import dev.aispm.collectors.gcp.artifactregistry.ArtifactRepositoryTransformer.RepositoryView;
import dev.aispm.collectors.gcp.images.WorkloadImages;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactRepositorySchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import org.neo4j.driver.Session;

/**
 * Collects the Docker repositories of a project in every Artifact Registry location, with their
 * IAM policies, and reads the newest image of each image path, and every other image a workload of
 * the project names (a Vertex AI model or job, a Cloud Run service or job, a Workbench container, by
 * digest or tag), through the Docker registry API of its location ({@code LOCATION-docker.pkg.dev})
 * with the scan's OAuth token: the same package, AI use and advisory extraction as for ECR. The
 * workload syncs run first; their references are read from the graph. At most
 * {@code AISPM_IMAGE_MAX_PER_REGION} images that no workload names are read per project; the others
 * stay nodes marked {@code not-selected}. Images workloads name are read even past that cap: they
 * are bounded by the workloads, and they are what runs. An image that could not be read is
 * recorded on its node and on the scan for the package types, so cleanup keeps what an earlier
 * scan found in it.
 */
public final class ArtifactRegistrySync {
  static final String PULL = "artifactregistry.repositories.downloadArtifacts";

  private ArtifactRegistrySync() {}

  public static void sync(GcpScope g, ImageReader reader, HttpClient http) {
    Instant start = Instant.now();
    GcpClients c = g.clients();
    GcpSettings.Endpoints ep = c.settings().endpoints();
    String base = ep.artifactRegistryOrDefault();
    String project = g.project().projectId();
    g.progress("artifact registry");
    Optional<List<String>> locations = g.call(GcpArtifactRepositorySchema.NODE, "artifactregistry.locations.list",
        () -> ArtifactRegistryFetcher.locations(c.rest(), base, project));
    if (locations.isEmpty()) {
      g.notRead(GcpArtifactImageSchema.NODE, "artifactregistry.locations.list",
          "not read: the project's repository locations could not be listed", start);
      return;
    }
    boolean reposComplete = true;
    List<RepositoryView> repos = new ArrayList<>();
    for (String location : locations.get()) {
      Optional<List<JsonNode>> listed = g.call(GcpArtifactRepositorySchema.NODE, "artifactregistry.repositories.list",
          () -> ArtifactRegistryFetcher.repositories(c.rest(), base, project, location));
      if (listed.isEmpty()) {
        reposComplete = false;
        continue;
      }
      for (JsonNode r : listed.get()) {
        if (!ArtifactRepositoryTransformer.isDocker(r)) {
          continue;
        }
        Read<JsonNode> policy = g.read(GcpArtifactRepositorySchema.NODE, "artifactregistry.repositories.getIamPolicy",
            () -> ArtifactRegistryFetcher.iamPolicy(c.rest(), base, r.path("name").asText()));
        reposComplete &= policy.known();
        repos.add(new RepositoryView(r, policy));
      }
    }
    ArtifactRepositoryTransformer.transform(repos, g.key()).load(g.context().writer(), g.context().tag());
    if (reposComplete) {
      g.succeeded(GcpArtifactRepositorySchema.NODE, repos.size(), start);
    }

    Map<String, List<JsonNode>> images = new LinkedHashMap<>();
    boolean imagesComplete = reposComplete;
    for (RepositoryView r : repos) {
      String name = r.repository().path("name").asText();
      Optional<List<JsonNode>> listed = g.call(GcpArtifactImageSchema.NODE, "artifactregistry.dockerimages.list",
          () -> ArtifactRegistryFetcher.dockerImages(c.rest(), base, name));
      listed.ifPresent(l -> images.put(name, l));
      imagesComplete &= listed.isPresent();
    }
    List<PinnedWorkload> workloads = workloads(g);
    Set<String> repositoryNames = new HashSet<>();
    repos.forEach(r -> repositoryNames.add(r.repository().path("name").asText()));
    PinnedImages.Selection selection = PinnedImages.select(project, images, workloads,
        reposComplete ? repositoryNames : null);
    boolean contentComplete = imagesComplete;
    List<ImageView> views = new ArrayList<>();
    RegistryAuth auth = RegistryAuth.bearer(() -> c.rest().accessToken());
    int done = 0;
    for (ImageView v : selection.images()) {
      ImageReport report;
      String uri = ArtifactImageTransformer.id(v.image());
      boolean named = selection.named().contains(uri);
      // A cap of 0 turns image reading off, named images included.
      int cap = reader.budget().maxImagesPerScope();
      if (cap == 0 || !named && done >= cap) {
        report = reader.notSelected();
      } else {
        done += named ? 0 : 1;
        String location = v.repository().split("/")[3];
        RegistryClient registry = new RegistryClient(http, URI.create(ep.artifactRegistryDockerFor(location)), auth);
        Instant read = Instant.now();
        report = reader.read(registry, ArtifactImageTransformer.path(uri), ArtifactImageTransformer.digest(uri),
            "ar://" + uri);
        if (!report.problems().isEmpty()) {
          record(g, uri, String.join("; ", report.problems()), read);
        }
        contentComplete &= report.contents().status().equals(CodeReport.SCANNED);
      }
      views.add(new ImageView(v.repository(), v.image(), report));
    }
    ArtifactImageTransformer.transform(views, g.key()).load(g.context().writer(), g.context().tag());
    PinnedWorkload.missingImages(workloads, selection.missing()).load(g.context().writer(), g.context().tag());
    if (imagesComplete) {
      g.succeeded(GcpArtifactImageSchema.NODE, views.size(), start);
    }
    if (contentComplete) {
      SupplyChainGraph.TYPES.forEach(t -> g.succeeded(t, 0, start));
    }
  }

  /**
   * The workloads this scan wrote in the project, with the images they name. Their syncs run before
   * this one; reading them from the graph keeps this sync free of their code.
   */
  private static List<PinnedWorkload> workloads(GcpScope g) {
    Instant start = Instant.now();
    try (Session s = g.context().graph().session()) {
      return WorkloadImages.read(s, g.project().projectId(), g.context().tag().scanId());
    } catch (RuntimeException e) {
      // The newest images are still read; only the pinned ones wait for the next scan.
      g.context().ledger().failedStep(g.key(), "image references", "read workloads' images",
          e.getClass().getSimpleName() + ": " + e.getMessage(), null, Duration.between(start, Instant.now()));
      return List.of();
    }
  }

  private static void record(GcpScope g, String uri, String error, Instant start) {
    for (NodeSchema t : SupplyChainGraph.TYPES) {
      g.context().ledger().failed(g.key(), t, PULL, "image " + uri + ": " + error, null,
          Duration.between(start, Instant.now()));
    }
  }
}
