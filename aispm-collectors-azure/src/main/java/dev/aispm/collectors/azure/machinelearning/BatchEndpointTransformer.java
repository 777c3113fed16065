package dev.aispm.collectors.azure.machinelearning;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLBatchEndpointSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;

/**
 * Batch endpoints with the models their deployments run. A batch endpoint has no network setting
 * of its own: its scoring URI is reachable exactly when its workspace is publicly accessible, so it
 * takes the workspace's setting, unknown when the workspace's is.
 */
public final class BatchEndpointTransformer {
  private BatchEndpointTransformer() {}

  /**
   * @param deployments     the endpoint's deployments, or null when they could not be read
   * @param workspacePublic whether the workspace is publicly accessible, null when unknown
   */
  public static void transform(JsonNode endpoint, List<JsonNode> deployments, Boolean workspacePublic, String workspaceId,
      String workspaceName, String tenantId, ScopeKey scope, GraphBatch out) {
    String id = ArmIds.normalize(text(endpoint, "id"));
    JsonNode p = endpoint.path("properties");
    String authMode = text(p, "authMode");
    List<String> names = EndpointTransformer.servedModels(deployments, id, workspaceId,
        AzureMLBatchEndpointSchema.SERVED_BY, scope, out);
    out.add(AzureMLBatchEndpointSchema.NODE, NodeRecord.of(id, scope)
        .set("name", text(endpoint, "name"))
        .set("workspace", workspaceName)
        .set("authMode", authMode)
        .set("keyAuth", authMode == null ? null : authMode.equalsIgnoreCase("Key"))
        .set("publicNetworkAccess", workspacePublic == null ? null : workspacePublic ? "Enabled" : "Disabled")
        .set("scoringUri", text(p, "scoringUri"))
        .set("defaultDeployment", text(p, "defaults", "deploymentName"))
        .set("deployments", names)
        .set("identityType", ResourceIdentity.type(endpoint))
        .set("provisioningState", text(p, "provisioningState"))
        .set("internetReachable", workspacePublic)
        .build());
    out.link(AzureMLBatchEndpointSchema.IN_WORKSPACE, RelRecord.of(id, workspaceId, scope));
    for (ResourceIdentity identity : ResourceIdentity.of(endpoint)) {
      out.link(AzureMLBatchEndpointSchema.RUNS_AS, RelRecord.of(id, ResourceIdentity.nodeId(tenantId, identity.principalId()), scope));
    }
    if (Boolean.TRUE.equals(workspacePublic)) {
      out.link(AzureMLBatchEndpointSchema.INTERNET_CAN_REACH,
          RelRecord.of(CommonSchemas.INTERNET_ID, id, scope, Map.of("via", "publicNetworkAccess")));
    }
  }
}
