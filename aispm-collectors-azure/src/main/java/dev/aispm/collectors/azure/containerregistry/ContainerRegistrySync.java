package dev.aispm.collectors.azure.containerregistry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.AzureScope;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.arm.Json;
import dev.aispm.collectors.azure.containerregistry.AcrImageTransformer.ImageView;
import dev.aispm.collectors.content.CodePackageScan.ImageReport;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.content.image.ImageReader;
import dev.aispm.collectors.content.image.ImageReference;
import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.collectors.content.image.RegistryAuth;
import dev.aispm.collectors.content.image.RegistryClient;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerImageSchema;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerRegistrySchema;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.WriteBatch;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects a subscription's container registries and reads the newest image of each repository:
 * ARM lists the registries and their access settings; each registry's data plane
 * ({@code https://LOGIN_SERVER}) lists repositories and manifests and serves the layers, with ACR
 * tokens exchanged from the scan's Entra ID token ({@link AcrTokens}), which RBAC authorizes as
 * {@code Microsoft.ContainerRegistry/registries/pull/read}. At most
 * {@code AISPM_IMAGE_MAX_PER_REGION} of the newest images are read per subscription; the rest stay
 * nodes marked {@code not-selected}. The images workloads name ({@link WorkloadImages}: Azure ML
 * environments and online deployments, custom-container function apps, container apps and
 * Container Apps jobs) are what actually runs, so each is read once whether or not it is its
 * repository's newest and beyond that cap, and linked to the workload by {@code RUNS_IMAGE}. A registry whose data plane refuses the scan is recorded with that action
 * and the others go on.
 */
public final class ContainerRegistrySync {
  static final String PULL = "Microsoft.ContainerRegistry/registries/pull/read";

  /**
   * Where and how the data planes are reached.
   *
   * @param http       JDK client with the scan's trust, redirects not followed
   * @param endpoint   AISPM_AZURE_ACR_ENDPOINT, null: each registry's login server
   * @param entraToken an Entra ID token for Azure Resource Manager, exchanged for ACR tokens
   */
  public record DataPlane(HttpClient http, String endpoint, RegistryAuth.TokenSupplier entraToken) {}

  private ContainerRegistrySync() {}

  /** What the sync found; registries go into the subscription's batch, images are loaded on their own. */
  public record Result(List<dev.aispm.graph.write.NodeRecord> registries, WriteBatch images) {}

  /** The newest image of every repository only, as when no workload names an image. */
  public static Result sync(AzureScope s, ImageReader reader, DataPlane plane) {
    return sync(s, reader, plane, List.of());
  }

  /** @param workloads the image references of the subscription's workloads, followed into its registries */
  public static Result sync(AzureScope s, ImageReader reader, DataPlane plane, List<PinnedWorkload> workloads) {
    ContainerRegistryFetcher fetcher = new ContainerRegistryFetcher(s.arm());
    List<JsonNode> registries = s.read(() -> fetcher.registries(s.path()), AzureContainerRegistrySchema.NODE,
        AzureContainerImageSchema.NODE, SupplyChainGraph.TYPES.get(0), SupplyChainGraph.TYPES.get(1),
        SupplyChainGraph.TYPES.get(2)).orElse(List.of());
    List<dev.aispm.graph.write.NodeRecord> nodes = new ArrayList<>();
    List<ImageView> views = new ArrayList<>();
    Map<String, Integer> viewed = new HashMap<>();
    List<Link> links = new ArrayList<>();
    int read = 0;
    for (JsonNode r : registries) {
      String loginServer = Json.text(r, "properties", "loginServer");
      String registryId = ArmIds.normalize(Json.text(r, "id"));
      if (loginServer == null) {
        nodes.add(ContainerRegistryTransformer.transform(r, null, s.scope()));
        continue;
      }
      URI endpoint = URI.create(plane.endpoint() != null ? plane.endpoint() : "https://" + loginServer);
      RegistryClient registry = new RegistryClient(plane.http(), endpoint,
          new AcrTokens(plane.http(), endpoint, loginServer, s.tenantId(), plane.entraToken()));
      Instant start = Instant.now();
      List<String> repositories;
      try {
        repositories = AcrCatalogFetcher.repositories(registry);
      } catch (IOException | RuntimeException e) {
        for (NodeSchema t : imageTypes()) {
          s.fail(t, PULL, "registry " + loginServer + ": " + message(e), PULL, Duration.between(start, Instant.now()));
        }
        nodes.add(ContainerRegistryTransformer.transform(r, null, s.scope()));
        continue;
      }
      nodes.add(ContainerRegistryTransformer.transform(r, repositories.size(), s.scope()));
      for (String repository : repositories) {
        Optional<JsonNode> newest;
        Instant listed = Instant.now();
        try {
          newest = AcrImageTransformer.newest(AcrCatalogFetcher.newestManifests(registry, repository));
        } catch (IOException | RuntimeException e) {
          for (NodeSchema t : imageTypes()) {
            s.fail(t, PULL, "repository " + loginServer + "/" + repository + ": " + message(e), PULL,
                Duration.between(listed, Instant.now()));
          }
          continue;
        }
        if (newest.isEmpty()) {
          continue;
        }
        String digest = newest.get().path("digest").asText();
        ImageReport report;
        if (read >= reader.budget().maxImagesPerScope()) {
          report = reader.notSelected();
        } else {
          read++;
          Instant begin = Instant.now();
          String id = AcrImageTransformer.id(loginServer, repository, digest);
          report = reader.read(registry, repository, digest, "acr://" + id);
          if (!report.problems().isEmpty()) {
            for (NodeSchema t : SupplyChainGraph.TYPES) {
              s.fail(t, PULL, "image " + id + ": " + String.join("; ", report.problems()), null,
                  Duration.between(begin, Instant.now()));
            }
          }
        }
        viewed.put(AcrImageTransformer.id(loginServer, repository, digest), views.size());
        views.add(new ImageView(registryId, loginServer, repository, newest.get(), report));
      }
      pinned(s, reader, registry, registryId, loginServer, repositories, workloads, views, viewed, links);
    }
    WriteBatch out = AcrImageTransformer.transform(views, s.scope());
    for (Link l : links) {
      out.rel(l.workload().edge(), RelRecord.of(l.workload().id(), l.imageId(), s.scope()));
    }
    return new Result(nodes, out);
  }

  /** A workload and the image node its reference resolved to. */
  private record Link(PinnedWorkload workload, String imageId) {}

  /**
   * Resolves the workloads' references into this registry and reads each image not read yet (a
   * newest image left {@code not-selected} by the cap included). Not bounded by the image cap:
   * every image is one a workload runs, and each is read once.
   *
   * @param viewed index in {@code views} of each image id already there
   */
  private static void pinned(AzureScope s, ImageReader reader, RegistryClient registry, String registryId,
      String loginServer, List<String> repositories, List<PinnedWorkload> workloads, List<ImageView> views,
      Map<String, Integer> viewed, List<Link> links) {
    if (reader.budget().maxImagesPerScope() <= 0) {
      return; // image reading is off
    }
    String host = loginServer.toLowerCase(Locale.ROOT) + "/";
    Map<String, JsonNode> resolved = new HashMap<>();
    for (PinnedWorkload w : workloads) {
      for (String reference : w.references()) {
        Optional<ImageReference> parsed = ImageReference.parse(reference);
        if (parsed.isEmpty() || !parsed.get().repository().startsWith(host)) {
          continue;
        }
        ImageReference ref = parsed.get();
        String repository = ref.repository().substring(host.length());
        if (!repositories.contains(repository)) {
          continue; // not in the catalog: nothing of this registry to read or link
        }
        String key = repository + (ref.digest() != null ? "@" + ref.digest() : ":" + ref.tagOrLatest());
        Instant start = Instant.now();
        JsonNode manifest = resolved.get(key);
        if (manifest == null && !resolved.containsKey(key)) {
          try {
            String digest = ref.digest() != null ? ref.digest()
                : AcrCatalogFetcher.tagDigest(registry, repository, ref.tagOrLatest());
            manifest = AcrCatalogFetcher.manifest(registry, repository, digest);
          } catch (IOException | RuntimeException e) {
            for (NodeSchema t : imageTypes()) {
              s.fail(t, PULL, "image " + loginServer + "/" + key + " named by " + w.id() + ": " + message(e), PULL,
                  Duration.between(start, Instant.now()));
            }
          }
          resolved.put(key, manifest);
        }
        if (manifest == null) {
          continue;
        }
        String digest = manifest.path("digest").asText();
        String id = AcrImageTransformer.id(loginServer, repository, digest);
        Integer at = viewed.get(id);
        if (at == null || ImageReader.NOT_SELECTED.equals(views.get(at).report().contents().status())) {
          ImageReport report = reader.read(registry, repository, digest, "acr://" + id);
          if (!report.problems().isEmpty()) {
            for (NodeSchema t : SupplyChainGraph.TYPES) {
              s.fail(t, PULL, "image " + id + ": " + String.join("; ", report.problems()), null,
                  Duration.between(start, Instant.now()));
            }
          }
          ImageView view = new ImageView(registryId, loginServer, repository, manifest, report);
          if (at == null) {
            viewed.put(id, views.size());
            views.add(view);
          } else {
            views.set(at, view);
          }
        }
        links.add(new Link(w, id));
      }
    }
  }

  /** The image type and what images hold: an image not listed must not lose them to cleanup. */
  private static List<NodeSchema> imageTypes() {
    List<NodeSchema> out = new ArrayList<>(SupplyChainGraph.TYPES);
    out.add(0, AzureContainerImageSchema.NODE);
    return out;
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
