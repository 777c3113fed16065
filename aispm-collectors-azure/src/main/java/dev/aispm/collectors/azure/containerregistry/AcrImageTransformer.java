package dev.aispm.collectors.azure.containerregistry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.content.CodePackageScan.ImageReport;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerImageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns ACR manifests into image nodes and, when their layers were read, into the AI packages, AI
 * use and advisories they hold (the records an ECR image gives).
 */
public final class AcrImageTransformer {
  /** How an image reaches the packages and AI use its layers hold. */
  private static final SupplyChainGraph.Holder CODE = new SupplyChainGraph.Holder(AzureContainerImageSchema.USES_PACKAGE,
      AzureContainerImageSchema.USES_AI, "azure openai");

  private AcrImageTransformer() {}

  /**
   * One image as read.
   *
   * @param registryId  the registry node's id
   * @param loginServer the registry's login server
   * @param repository  the repository name
   * @param manifest    the manifest entry of ACR's {@code _manifests} listing
   * @param report      what reading its layers found, or why not; null when not tried
   */
  public record ImageView(String registryId, String loginServer, String repository, JsonNode manifest,
      ImageReport report) {}

  /** The node id: {@code LOGIN_SERVER/REPOSITORY@DIGEST}, the reference a workload pulls. */
  public static String id(String loginServer, String repository, String digest) {
    return loginServer + "/" + repository + "@" + digest;
  }

  /**
   * The manifest a scan reads: the newest (the listing is newest first) that is a container image,
   * not a signature, attestation or Helm chart stored beside it.
   */
  public static Optional<JsonNode> newest(List<JsonNode> manifests) {
    return manifests.stream().filter(m -> m.path("digest").asText("").startsWith("sha256:"))
        .filter(AcrImageTransformer::isContainerImage).findFirst();
  }

  static boolean isContainerImage(JsonNode m) {
    String config = m.path("configMediaType").asText("");
    return config.isEmpty() || config.equals("application/vnd.oci.image.config.v1+json")
        || config.equals("application/vnd.docker.container.image.v1+json");
  }

  public static WriteBatch transform(List<ImageView> views, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (ImageView v : views) {
      JsonNode m = v.manifest();
      String digest = m.path("digest").asText();
      String id = id(v.loginServer(), v.repository(), digest);
      List<String> tags = new ArrayList<>();
      m.path("tags").forEach(t -> tags.add(t.asText()));
      NodeRecord.Builder node = NodeRecord.of(id, scope)
          .set("name", v.repository() + (tags.isEmpty() ? "@" + digest : ":" + tags.get(0)))
          .set("repositoryName", v.repository())
          .set("registry", v.loginServer())
          .set("digest", digest)
          .set("tags", tags.isEmpty() ? null : tags)
          .set("updatedAt", m.path("lastUpdateTime").asText(null))
          .set("sizeInBytes", m.has("imageSize") ? m.path("imageSize").asLong() : null)
          .set("manifestMediaType", m.path("mediaType").asText(null));
      SupplyChainGraph.writeImage(out, node, id, v.report(), scope, CODE);
      out.node(AzureContainerImageSchema.NODE, node.build());
      out.rel(AzureContainerImageSchema.IN_REGISTRY, RelRecord.of(id, v.registryId(), scope));
    }
    return out;
  }
}
