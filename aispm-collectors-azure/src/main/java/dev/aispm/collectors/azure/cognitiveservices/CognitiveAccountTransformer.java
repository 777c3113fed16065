package dev.aispm.collectors.azure.cognitiveservices;

import static dev.aispm.collectors.azure.arm.Json.bool;
import static dev.aispm.collectors.azure.arm.Json.size;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.graph.schema.azure.cognitiveservices.AzureCognitiveAccountSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accounts of the AI kinds. Defaults follow the API reference: {@code disableLocalAuth} absent is
 * false (keys work), {@code publicNetworkAccess} absent is Enabled, no {@code networkAcls} admits
 * every address. The account is internet-reachable when public access is enabled and the ACL's
 * default action is Allow; an IP allow-list (default Deny) is not "the internet".
 */
public final class CognitiveAccountTransformer {
  /** Kinds that serve or build AI models; Bing, Maps and similar kinds are left out. */
  public static final Set<String> AI_KINDS = Set.of("openai", "aiservices", "cognitiveservices", "textanalytics",
      "computervision", "face", "formrecognizer", "speechservices", "contentsafety", "customvision.training",
      "customvision.prediction", "language", "translation", "texttranslation");

  private CognitiveAccountTransformer() {}

  public static boolean isAiKind(JsonNode account) {
    String kind = text(account, "kind");
    return kind != null && AI_KINDS.contains(kind.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * @param diagnostics the account's diagnostic settings, or null when they could not be read
   */
  public static void transform(JsonNode a, List<JsonNode> diagnostics, String tenantId, ScopeKey scope, GraphBatch out) {
    String id = ArmIds.normalize(text(a, "id"));
    JsonNode p = a.path("properties");
    Boolean localAuthOff = bool(p, "disableLocalAuth");
    boolean keys = localAuthOff == null || !localAuthOff;
    String publicAccess = text(p, "publicNetworkAccess") == null ? "Enabled" : text(p, "publicNetworkAccess");
    String defaultAction = text(p, "networkAcls", "defaultAction");
    boolean reachable = publicAccess.equalsIgnoreCase("Enabled") && (defaultAction == null || defaultAction.equalsIgnoreCase("Allow"));
    String keySource = text(p, "encryption", "keySource");
    int privateEndpoints = 0;
    for (JsonNode c : p.path("privateEndpointConnections")) {
      if ("Approved".equalsIgnoreCase(text(c, "properties", "privateLinkServiceConnectionState", "status"))) {
        privateEndpoints++;
      }
    }
    Boolean logging = null;
    List<String> destinations = new ArrayList<>();
    if (diagnostics != null) {
      logging = false;
      for (JsonNode s : diagnostics) {
        boolean anyLog = false;
        for (JsonNode log : s.path("properties").path("logs")) {
          anyLog |= Boolean.TRUE.equals(bool(log, "enabled"));
        }
        List<String> where = new ArrayList<>();
        for (String field : List.of("workspaceId", "storageAccountId", "eventHubAuthorizationRuleId")) {
          if (text(s, "properties", field) != null) {
            where.add(text(s, "properties", field));
          }
        }
        if (anyLog && !where.isEmpty()) {
          logging = true;
          destinations.addAll(where);
        }
      }
    }
    Integer ipRules = size(p, "networkAcls", "ipRules");
    Integer vnetRules = size(p, "networkAcls", "virtualNetworkRules");
    out.add(AzureCognitiveAccountSchema.NODE, NodeRecord.of(id, scope)
        .set("name", text(a, "name"))
        .set("resourceGroup", ArmIds.resourceGroup(text(a, "id")))
        .set("location", text(a, "location"))
        .set("kind", text(a, "kind"))
        .set("sku", text(a, "sku", "name"))
        .set("endpoint", text(p, "endpoint"))
        .set("customSubDomainName", text(p, "customSubDomainName"))
        .set("publicNetworkAccess", publicAccess)
        .set("disableLocalAuth", !keys)
        .set("keyAuth", keys)
        .set("networkDefaultAction", defaultAction)
        .set("ipRuleCount", ipRules == null ? 0 : ipRules)
        .set("virtualNetworkRuleCount", vnetRules == null ? 0 : vnetRules)
        .set("privateEndpointCount", privateEndpoints)
        .set("keySource", keySource)
        .set("customerManagedKey", keySource != null && keySource.equalsIgnoreCase("Microsoft.KeyVault"))
        .set("restrictOutboundNetworkAccess", bool(p, "restrictOutboundNetworkAccess"))
        .set("identityType", ResourceIdentity.type(a))
        .set("diagnosticLogging", logging)
        .set("logDestinations", destinations)
        .set("internetReachable", reachable)
        .build());
    for (ResourceIdentity identity : ResourceIdentity.of(a)) {
      out.link(AzureCognitiveAccountSchema.RUNS_AS, RelRecord.of(id, ResourceIdentity.nodeId(tenantId, identity.principalId()), scope));
    }
    if (reachable) {
      out.link(AzureCognitiveAccountSchema.INTERNET_CAN_REACH,
          RelRecord.of(CommonSchemas.INTERNET_ID, id, scope, Map.of("via", "publicNetworkAccess")));
    }
  }
}
