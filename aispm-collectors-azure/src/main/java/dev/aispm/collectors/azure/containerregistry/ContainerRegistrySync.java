package dev.aispm.collectors.azure.containerregistry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.AzureScope;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.arm.Json;
import dev.aispm.collectors.azure.containerregistry.AcrImageTransformer.ImageView;
import dev.aispm.collectors.content.CodePackageScan.ImageReport;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.content.image.ImageReader;
import dev.aispm.collectors.content.image.RegistryAuth;
import dev.aispm.collectors.content.image.RegistryClient;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerImageSchema;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerRegistrySchema;
import dev.aispm.graph.write.WriteBatch;
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
 * {@code AISPM_IMAGE_MAX_PER_REGION} images are read per subscription; the rest stay nodes marked
 * {@code not-selected}. A registry whose data plane refuses the scan is recorded with that action
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

  public static Result sync(AzureScope s, ImageReader reader, DataPlane plane) {
    ContainerRegistryFetcher fetcher = new ContainerRegistryFetcher(s.arm());
    List<JsonNode> registries = s.read(() -> fetcher.registries(s.path()), AzureContainerRegistrySchema.NODE,
        AzureContainerImageSchema.NODE, SupplyChainGraph.TYPES.get(0), SupplyChainGraph.TYPES.get(1),
        SupplyChainGraph.TYPES.get(2)).orElse(List.of());
    List<dev.aispm.graph.write.NodeRecord> nodes = new ArrayList<>();
    List<ImageView> views = new ArrayList<>();
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
        views.add(new ImageView(registryId, loginServer, repository, newest.get(), report));
      }
    }
    return new Result(nodes, AcrImageTransformer.transform(views, s.scope()));
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
