package dev.aispm.collectors.azure.machinelearning;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.graph.schema.RelSchema;
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
 * Online endpoints with their deployments' models. An endpoint whose public network access is
 * enabled (the API's default when absent) answers anyone on its scoring URI; the authentication
 * mode then decides how much a leaked key is worth. Batch endpoints are
 * {@link BatchEndpointTransformer}'s.
 */
public final class EndpointTransformer {
  private EndpointTransformer() {}

  /** @param deployments the endpoint's deployments, or null when they could not be read */
  public static void transform(JsonNode endpoint, List<JsonNode> deployments, String workspaceId, String workspaceName,
      String tenantId, ScopeKey scope, GraphBatch out) {
    String id = ArmIds.normalize(text(endpoint, "id"));
    JsonNode p = endpoint.path("properties");
    String authMode = text(p, "authMode");
    String publicAccess = text(p, "publicNetworkAccess") == null ? "Enabled" : text(p, "publicNetworkAccess");
    Boolean reachable = publicAccess == null ? null : publicAccess.equalsIgnoreCase("Enabled");
    List<String> names = servedModels(deployments, id, workspaceId, AzureMLOnlineEndpointSchema.SERVED_BY, scope, out);
    List<String> traffic = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = p.path("traffic").fields(); it.hasNext(); ) {
      var e = it.next();
      traffic.add(e.getKey() + "=" + e.getValue().asText());
    }
    out.add(AzureMLOnlineEndpointSchema.NODE, NodeRecord.of(id, scope)
        .set("name", text(endpoint, "name"))
        .set("workspace", workspaceName)
        .set("authMode", authMode)
        .set("keyAuth", authMode == null ? null : authMode.equalsIgnoreCase("Key"))
        .set("publicNetworkAccess", publicAccess)
        .set("scoringUri", text(p, "scoringUri"))
        .set("deployments", names)
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

  /**
   * Links every workspace model version the deployments name to the endpoint, whatever the kind of
   * endpoint: the AI-BOM and the model rules read an endpoint's models through these edges.
   *
   * @return the deployments' names, null when they could not be read
   */
  static List<String> servedModels(List<JsonNode> deployments, String endpointId, String workspaceId, RelSchema servedBy,
      ScopeKey scope, GraphBatch out) {
    if (deployments == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (JsonNode d : deployments) {
      names.add(text(d, "name"));
      String model = AssetReferences.versionId(DeploymentAssets.modelReference(d), workspaceId, AssetReferences.Kind.MODELS);
      if (model != null) {
        out.link(servedBy, RelRecord.of(model, endpointId, scope, Map.of("deployment", text(d, "name"))).withTargetStub(Map.of()));
      }
    }
    return names;
  }
}
