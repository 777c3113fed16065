package dev.aispm.collectors.azure.machinelearning;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLOnlineEndpointSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Online and batch endpoints with their deployments' models. An endpoint whose public network
 * access is enabled (the API's default when absent) answers anyone on its scoring URI; the
 * authentication mode then decides how much a leaked key is worth. Batch endpoints are always
 * reachable through the workspace's public API unless the workspace is private, so they take the
 * workspace's setting.
 */
public final class EndpointTransformer {
  private EndpointTransformer() {}

  /**
   * @param deployments the endpoint's deployments, or null when they could not be read
   * @param batch       whether it is a batch endpoint
   * @param workspacePublic whether the workspace is publicly accessible (used for batch endpoints)
   */
  public static void transform(JsonNode endpoint, List<JsonNode> deployments, boolean batch, Boolean workspacePublic,
      String workspaceId, String workspaceName, String tenantId, ScopeKey scope, GraphBatch out) {
    String id = ArmIds.normalize(text(endpoint, "id"));
    JsonNode p = endpoint.path("properties");
    String authMode = text(p, "authMode");
    String publicAccess = batch ? (workspacePublic == null ? null : workspacePublic ? "Enabled" : "Disabled")
        : text(p, "publicNetworkAccess") == null ? "Enabled" : text(p, "publicNetworkAccess");
    Boolean reachable = publicAccess == null ? null : publicAccess.equalsIgnoreCase("Enabled");
    List<String> names = new ArrayList<>();
    if (deployments != null) {
      for (JsonNode d : deployments) {
        names.add(text(d, "name"));
        // Online deployments name the model as a string; batch deployments as an asset reference.
        String reference = text(d, "properties", "model") != null ? text(d, "properties", "model")
            : text(d, "properties", "model", "assetId");
        String model = AssetReferences.versionId(reference, workspaceId, AssetReferences.Kind.MODELS);
        if (model != null) {
          out.link(AzureMLOnlineEndpointSchema.SERVED_BY, RelRecord.of(model, id, scope, Map.of("deployment", text(d, "name")))
              .withTargetStub(Map.of()));
        }
      }
    }
    List<String> traffic = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = p.path("traffic").fields(); it.hasNext(); ) {
      var e = it.next();
      traffic.add(e.getKey() + "=" + e.getValue().asText());
    }
    out.add(AzureMLOnlineEndpointSchema.NODE, NodeRecord.of(id, scope)
        .set("name", text(endpoint, "name"))
        .set("workspace", workspaceName)
        .set("endpointKind", batch ? "batch" : "online")
        .set("authMode", authMode)
        .set("keyAuth", authMode == null ? null : authMode.equalsIgnoreCase("Key"))
        .set("publicNetworkAccess", publicAccess)
        .set("scoringUri", text(p, "scoringUri"))
        .set("deployments", deployments == null ? null : names)
        .set("traffic", traffic)
        .set("identityType", ResourceIdentity.type(endpoint))
        .set("internetReachable", reachable)
        .build());
    out.link(AzureMLOnlineEndpointSchema.IN_WORKSPACE, RelRecord.of(id, workspaceId, scope));
    for (ResourceIdentity identity : ResourceIdentity.of(endpoint)) {
      out.link(AzureMLOnlineEndpointSchema.RUNS_AS, RelRecord.of(id, ResourceIdentity.nodeId(tenantId, identity.principalId()), scope));
    }
    if (Boolean.TRUE.equals(reachable)) {
      out.link(AzureMLOnlineEndpointSchema.INTERNET_CAN_REACH,
          RelRecord.of(CommonSchemas.INTERNET_ID, id, scope, Map.of("via", "publicNetworkAccess")));
    }
  }
}
