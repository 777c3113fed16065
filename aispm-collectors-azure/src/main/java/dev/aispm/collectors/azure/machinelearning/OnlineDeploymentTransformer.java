package dev.aispm.collectors.azure.machinelearning;

import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.SettingValues;
import static dev.aispm.collectors.azure.arm.Json.bool;
import static dev.aispm.collectors.azure.arm.Json.number;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLOnlineDeploymentSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Online deployments: what an endpoint actually runs. The model and environment a deployment
 * names are resolved by {@link DeploymentAssets}, and the environment's image is copied onto the
 * deployment so the registry sync can link the deployment to the image it serves from, including
 * an environment the workspace's listing does not show (the anonymous one an inline
 * {@code environment:} block becomes).
 */
public final class OnlineDeploymentTransformer {
  private OnlineDeploymentTransformer() {}

  /**
   * @param deployments       the endpoint's deployments, as listed
   * @param environmentImages image reference by environment version graph id, for every version
   *                          read (listed or read one by one); a version absent here leaves the
   *                          deployment's image unknown
   */
  public static void transform(List<JsonNode> deployments, String endpointId, String endpointName, String workspaceId,
      String workspaceName, Map<String, String> environmentImages, ScopeKey scope, GraphBatch out) {
    for (JsonNode d : deployments) {
      String id = ArmIds.normalize(text(d, "id"));
      JsonNode p = d.path("properties");
      DeploymentAssets assets = DeploymentAssets.of(d, workspaceId, environmentImages);
      List<String> collections = dataCollections(p.path("dataCollector"));
      out.add(AzureMLOnlineDeploymentSchema.NODE, SettingSecrets.write(NodeRecord.of(id, scope),
              SettingSecrets.report(SettingValues.fromObject(p.path("environmentVariables"), "environmentVariables."), "azure ml deployment " + text(d, "name") + " environment"))
          .set("name", text(d, "name"))
          .set("endpoint", endpointName)
          .set("workspace", workspaceName)
          .set("endpointComputeType", text(p, "endpointComputeType"))
          .set("instanceType", text(p, "instanceType"))
          .set("instanceCount", number(d, "sku", "capacity"))
          .set("model", assets.model())
          .set("environmentId", assets.environment())
          .set("image", assets.image())
          .set("egressPublicNetworkAccess", text(p, "egressPublicNetworkAccess"))
          .set("appInsightsEnabled", bool(p, "appInsightsEnabled"))
          .set("dataCollector", !collections.isEmpty())
          .set("dataCollections", collections)
          .set("provisioningState", text(p, "provisioningState"))
          .build());
      out.link(AzureMLOnlineDeploymentSchema.SERVED_BY, RelRecord.of(id, endpointId, scope));
      assets.link(id, AzureMLOnlineDeploymentSchema.USES_MODEL, AzureMLOnlineDeploymentSchema.USES_ENVIRONMENT, scope, out);
    }
  }

  /**
   * The collections the model data collector keeps. The API turns collection off when the
   * collector is null, and a collection whose mode is not given is off (its default is Disabled),
   * so only an explicit Enabled counts.
   */
  static List<String> dataCollections(JsonNode collector) {
    List<String> on = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = collector.path("collections").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> c = it.next();
      if ("Enabled".equalsIgnoreCase(text(c.getValue(), "dataCollectionMode"))) {
        on.add(c.getKey());
      }
    }
    return on;
  }
}
