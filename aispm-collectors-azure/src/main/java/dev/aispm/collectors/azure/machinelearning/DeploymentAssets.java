package dev.aispm.collectors.azure.machinelearning;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.Map;

/**
 * What an online or batch deployment runs: the model, the environment version and so the image.
 * Both kinds name them the same way except for the model (an online deployment gives a string, a
 * batch deployment an asset reference), so the resolution lives here once and both transformers
 * link the same nodes the same way.
 *
 * @param model         the model reference as given, null when none
 * @param modelId       graph id of the workspace model version it names, null for a registry
 *                      asset, a data path or no model
 * @param environment   the environment reference as given, null when none
 * @param environmentId graph id of the environment version it names, null when it names none of
 *                      the workspace's
 * @param image         the image of that environment version, null when the version was not read
 *                      or is built from a Dockerfile
 */
public record DeploymentAssets(String model, String modelId, String environment, String environmentId, String image) {

  /**
   * @param deployment        one deployment as listed (online or batch)
   * @param environmentImages image reference by environment version graph id, for every version
   *                          read (listed or read one by one)
   */
  public static DeploymentAssets of(JsonNode deployment, String workspaceId, Map<String, String> environmentImages) {
    String model = modelReference(deployment);
    String environment = text(deployment, "properties", "environmentId");
    String environmentId = AssetReferences.versionId(environment, workspaceId, AssetReferences.Kind.ENVIRONMENTS);
    return new DeploymentAssets(model, AssetReferences.versionId(model, workspaceId, AssetReferences.Kind.MODELS),
        environment, environmentId, environmentId == null ? null : environmentImages.get(environmentId));
  }

  /**
   * The model a deployment names: an online deployment's {@code model} string, or a batch
   * deployment's asset reference (its {@code assetId}; a {@code DataPath} or {@code OutputPath}
   * reference names files, not an asset, and gives null).
   */
  public static String modelReference(JsonNode deployment) {
    JsonNode model = deployment.path("properties").path("model");
    return model.isTextual() ? model.asText() : text(model, "assetId");
  }

  /**
   * The environment version a deployment runs, with the case of its ARM path kept so it can be
   * read by id when no listing returned it (the anonymous version an inline definition becomes).
   */
  public static String environmentPath(JsonNode deployment, String workspacePath) {
    return AssetReferences.versionPath(text(deployment, "properties", "environmentId"), workspacePath,
        AssetReferences.Kind.ENVIRONMENTS);
  }

  /** Links the deployment to its workspace model version (a stub until read) and its listed environment version. */
  public void link(String deploymentId, RelSchema usesModel, RelSchema usesEnvironment, ScopeKey scope, GraphBatch out) {
    if (modelId != null) {
      out.link(usesModel, RelRecord.of(deploymentId, modelId, scope).withTargetStub(Map.of()));
    }
    if (environmentId != null) {
      out.link(usesEnvironment, RelRecord.of(deploymentId, environmentId, scope));
    }
  }
}
