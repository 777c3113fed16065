package dev.aispm.collectors.gcp.artifactregistry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.content.CodePackageScan.ImageReport;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Artifact Registry Docker images into image nodes and, when their layers were read, into
 * the AI packages, AI use and advisories they hold (the records an ECR image gives).
 */
public final class ArtifactImageTransformer {
  /** How an image reaches the packages and AI use its layers hold. */
  private static final SupplyChainGraph.Holder CODE = new SupplyChainGraph.Holder(GcpArtifactImageSchema.USES_PACKAGE,
      GcpArtifactImageSchema.USES_AI, "vertex");

  private ArtifactImageTransformer() {}

  /**
   * One image as read.
   *
   * @param repository the repository's resource name
   * @param image      the DockerImage resource
   * @param report     what reading its layers found, or why not; null when not tried
   */
  public record ImageView(String repository, JsonNode image, ImageReport report) {}

  /**
   * The node id: the {@code uri} Artifact Registry gives, which is
   * {@code LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE@sha256:...}, the reference one pulls.
   */
  public static String id(JsonNode image) {
    return image.path("uri").asText(null);
  }

  /** The image path inside the registry host ({@code PROJECT/REPOSITORY/IMAGE}) of an image URI. */
  public static String path(String uri) {
    String noDigest = uri.substring(0, uri.indexOf('@'));
    return noDigest.substring(noDigest.indexOf('/') + 1);
  }

  /** The digest of an image URI. */
  public static String digest(String uri) {
    return uri.substring(uri.indexOf('@') + 1);
  }

  /**
   * The image of each image path a scan reads: the most recently updated (a moved tag counts),
   * else the most recently uploaded. An Artifact Registry repository holds many image paths, each
   * the equivalent of one ECR repository. Manifests that are not container images (Helm charts,
   * signatures) and URIs without a digest are left out.
   */
  public static List<ImageView> newestPerImage(Map<String, List<JsonNode>> imagesByRepository) {
    Map<String, ImageView> out = new LinkedHashMap<>();
    Comparator<JsonNode> newest = Comparator.comparing((JsonNode i) -> i.path("updateTime").asText(""))
        .thenComparing(i -> i.path("uploadTime").asText(""));
    imagesByRepository.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      Map<String, JsonNode> best = new LinkedHashMap<>();
      for (JsonNode i : e.getValue()) {
        String uri = id(i);
        if (uri == null || !uri.contains("@sha256:") || !isContainerImage(i)) {
          continue;
        }
        best.merge(path(uri), i, (a, b) -> newest.compare(a, b) >= 0 ? a : b);
      }
      best.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(b -> out.put(b.getKey(), new ImageView(e.getKey(), b.getValue(), null)));
    });
    return List.copyOf(out.values());
  }

  static boolean isContainerImage(JsonNode image) {
    String artifact = image.path("artifactType").asText("");
    return artifact.isEmpty() || artifact.equals("application/vnd.oci.image.config.v1+json")
        || artifact.equals("application/vnd.docker.container.image.v1+json");
  }

  public static WriteBatch transform(List<ImageView> views, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (ImageView v : views) {
      JsonNode i = v.image();
      String id = id(i);
      List<String> tags = new ArrayList<>();
      i.path("tags").forEach(t -> tags.add(t.asText()));
      String path = path(id);
      String image = path.substring(path.lastIndexOf('/') + 1);
      NodeRecord.Builder node = NodeRecord.of(id, scope)
          .set("name", image + (tags.isEmpty() ? "@" + digest(id) : ":" + tags.get(0)))
          .set("repositoryName", path)
          .set("repository", v.repository())
          .set("digest", digest(id))
          .set("tags", tags.isEmpty() ? null : tags)
          .set("uploadedAt", i.path("uploadTime").asText(null))
          .set("updatedAt", i.path("updateTime").asText(null))
          .set("sizeInBytes", i.has("imageSizeBytes") ? i.path("imageSizeBytes").asLong() : null)
          .set("manifestMediaType", i.path("mediaType").asText(null));
      SupplyChainGraph.writeImage(out, node, id, v.report(), scope, CODE);
      out.node(GcpArtifactImageSchema.NODE, node.build());
      out.rel(GcpArtifactImageSchema.IN_REPOSITORY, RelRecord.of(id, v.repository(), scope));
    }
    return out;
  }
}
