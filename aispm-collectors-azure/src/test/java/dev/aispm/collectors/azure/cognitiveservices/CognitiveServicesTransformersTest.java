package dev.aispm.collectors.azure.cognitiveservices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.graph.schema.azure.cognitiveservices.AzureCognitiveAccountSchema;
import dev.aispm.graph.schema.azure.cognitiveservices.AzureCognitiveDeploymentSchema;
import dev.aispm.graph.schema.azure.cognitiveservices.AzureRaiPolicySchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CognitiveServicesTransformersTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "00000000-1111-2222-3333-444444444444", "global");

  @Test
  void accountDefaultsFollowTheApiReference() {
    List<JsonNode> accounts = Recorded.list("cognitiveservices", "Accounts_List");
    assertThat(accounts.stream().filter(CognitiveAccountTransformer::isAiKind)).hasSize(2);
    GraphBatch out = new GraphBatch();
    CognitiveAccountTransformer.transform(accounts.get(0), null, "t", SCOPE, out);
    Map<String, Object> defaults = out.nodes(AzureCognitiveAccountSchema.NODE).get(0).properties();
    assertThat(defaults).containsEntry("keyAuth", true).containsEntry("disableLocalAuth", false)
        .containsEntry("publicNetworkAccess", "Enabled").containsEntry("internetReachable", true)
        .containsEntry("customerManagedKey", false)
        .containsEntry("diagnosticLogging", null); // settings not read: unknown, not "off"
    assertThat(out.rels(AzureCognitiveAccountSchema.INTERNET_CAN_REACH)).hasSize(1);

    GraphBatch second = new GraphBatch();
    CognitiveAccountTransformer.transform(accounts.get(1), List.of(), "t", SCOPE, second);
    Map<String, Object> locked = second.nodes(AzureCognitiveAccountSchema.NODE).get(0).properties();
    assertThat(locked).containsEntry("keyAuth", false).containsEntry("networkDefaultAction", "Deny")
        .containsEntry("ipRuleCount", 1).containsEntry("internetReachable", false)
        .containsEntry("privateEndpointCount", 1).containsEntry("customerManagedKey", true)
        .containsEntry("diagnosticLogging", false);
    assertThat(second.rels(AzureCognitiveAccountSchema.INTERNET_CAN_REACH)).isEmpty();
    assertThat(second.rels(AzureCognitiveAccountSchema.RUNS_AS)).as("system and user-assigned identities").hasSize(2);
  }

  @Test
  void contentFiltersThatStopBlockingWeakenTheirDeployments() {
    GraphBatch out = new GraphBatch();
    Map<String, Boolean> weakened = RaiPolicyTransformer.transform(Recorded.list("cognitiveservices", "RaiPolicies_List"), "defaults-oai", SCOPE, out);
    assertThat(weakened).containsEntry("microsoft.default", false).containsEntry("strict", false).containsEntry("annotate-only", true);
    NodeRecord annotate = out.nodes(AzureRaiPolicySchema.NODE).stream().filter(n -> n.id().endsWith("annotate-only")).findFirst().orElseThrow();
    assertThat(annotate.properties()).containsEntry("disabledFilters", List.of("Self_harm/Completion")).containsEntry("jailbreakBlocking", true);

    String account = "/subscriptions/00000000-1111-2222-3333-444444444444/resourcegroups/ai/providers/microsoft.cognitiveservices/accounts/defaults-oai";
    DeploymentTransformer.transform(Recorded.list("cognitiveservices", "Deployments_List"), account, "defaults-oai", weakened,
        Map.of("annotate-only", List.of("Self_harm/Completion")), SCOPE, out);
    Map<String, Object> byName = new java.util.HashMap<>();
    out.nodes(AzureCognitiveDeploymentSchema.NODE).forEach(n -> byName.put((String) n.properties().get("name"), n.properties().get("contentFilterWeakened")));
    assertThat(byName).containsEntry("no-policy", false).containsEntry("strict-dep", false).containsEntry("weak-dep", true);
    assertThat(out.rels(AzureCognitiveDeploymentSchema.PROTECTED_BY)).hasSize(2);

    // Policies that could not be read leave a custom filter unknown; the default stays known.
    GraphBatch unread = new GraphBatch();
    DeploymentTransformer.transform(Recorded.list("cognitiveservices", "Deployments_List"), account, "defaults-oai", null, Map.of(), SCOPE, unread);
    Map<String, Object> unknown = new java.util.HashMap<>();
    unread.nodes(AzureCognitiveDeploymentSchema.NODE).forEach(n -> unknown.put((String) n.properties().get("name"), n.properties().get("contentFilterWeakened")));
    assertThat(unknown).containsEntry("no-policy", false).containsEntry("weak-dep", null);
  }
}
