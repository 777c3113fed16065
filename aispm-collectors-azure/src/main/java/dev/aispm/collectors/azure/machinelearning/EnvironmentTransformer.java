package dev.aispm.collectors.azure.machinelearning;

import static dev.aispm.collectors.azure.arm.Json.bool;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLEnvironmentSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Locale;

/**
 * Environment versions: the image or build context jobs and deployments run in. The conda
 * specification is kept as a flag only: its text can carry private package index credentials.
 */
public final class EnvironmentTransformer {
  private EnvironmentTransformer() {}

  /** Versions of one environment container. */
  public static void transform(String environment, List<JsonNode> versions, String workspaceId, String workspaceName,
      ScopeKey scope, GraphBatch out) {
    for (JsonNode v : versions) {
      String id = ArmIds.normalize(text(v, "id"));
      JsonNode p = v.path("properties");
      String image = text(p, "image");
      String conda = text(p, "condaFile");
      out.add(AzureMLEnvironmentSchema.NODE, NodeRecord.of(id, scope)
          .set("name", environment + ":" + text(v, "name"))
          .set("environment", environment)
          .set("version", text(v, "name"))
          .set("workspace", workspaceName)
          .set("image", image)
          .set("imageRegistry", registryOf(image))
          .set("imagePinned", image == null ? null : image.contains("@sha256:"))
          .set("buildContextUri", text(p, "build", "contextUri"))
          .set("dockerfilePath", text(p, "build", "dockerfilePath"))
          .set("condaFile", conda != null && !conda.isBlank())
          .set("environmentType", text(p, "environmentType"))
          .set("autoRebuild", text(p, "autoRebuild"))
          .set("osType", text(p, "osType"))
          .set("isArchived", bool(p, "isArchived"))
          .build());
      out.link(AzureMLEnvironmentSchema.IN_WORKSPACE, RelRecord.of(id, workspaceId, scope));
    }
  }

  /**
   * The registry host of an image reference, as Docker resolves it: the first path part is a host
   * when it has a dot or a port or is localhost, otherwise the image is on Docker Hub.
   */
  static String registryOf(String image) {
    if (image == null || image.isBlank()) {
      return null;
    }
    int slash = image.indexOf('/');
    if (slash < 0) {
      return "docker.io";
    }
    String first = image.substring(0, slash);
    if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
      return first.toLowerCase(Locale.ROOT);
    }
    return "docker.io";
  }
}
