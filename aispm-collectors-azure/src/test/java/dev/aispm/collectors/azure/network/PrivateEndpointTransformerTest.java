package dev.aispm.collectors.azure.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.graph.schema.azure.network.AzurePrivateEndpointSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivateEndpointTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "11111111-aaaa-4aaa-8aaa-111111111111", "global");
  static final String SUB = "/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111";

  static NodeRecord endpoint(GraphBatch out, String name) {
    return out.nodes(AzurePrivateEndpointSchema.NODE).stream().filter(n -> name.equals(n.properties().get("name")))
        .findFirst().orElseThrow();
  }

  @Test
  void endpointsLinkTheirSubnetToTheAiResourcesTheyReachWithTheConnectionState() {
    GraphBatch out = new GraphBatch();
    PrivateEndpointTransformer.transform(Recorded.list("network", "PrivateEndpoints_ListBySubscription"), SCOPE, out);

    String subnet = SUB + "/resourcegroups/network-prod/providers/microsoft.network/virtualnetworks/ml-vnet/subnets/private";
    assertThat(endpoint(out, "aiservices-pe").properties()).containsEntry("approved", true)
        .containsEntry("manualApproval", false).containsEntry("subnetId", subnet)
        .containsEntry("groupIds", List.of("account")).containsEntry("connectionStates", List.of("Approved"));
    // A manual connection still awaiting approval carries no traffic yet.
    assertThat(endpoint(out, "traindata-blob-pe").properties()).containsEntry("approved", false)
        .containsEntry("manualApproval", true).containsEntry("connectionStates", List.of("Pending"));
    assertThat(endpoint(out, "openai-rejected-pe").properties()).containsEntry("approved", false);

    assertThat(out.rels(AzurePrivateEndpointSchema.LINKS_ACCOUNT)).extracting(RelRecord::toId).containsExactlyInAnyOrder(
        SUB + "/resourcegroups/ai-prod/providers/microsoft.cognitiveservices/accounts/acme-aiservices-secure",
        SUB + "/resourcegroups/ai-prod/providers/microsoft.cognitiveservices/accounts/acme-openai");
    assertThat(out.rels(AzurePrivateEndpointSchema.LINKS_WORKSPACE)).singleElement().satisfies(r ->
        assertThat(r.properties()).containsEntry("status", "Approved").containsEntry("groupIds", List.of("amlworkspace")));
    assertThat(out.rels(AzurePrivateEndpointSchema.LINKS_STORAGE)).singleElement().satisfies(r ->
        assertThat(r.properties()).containsEntry("status", "Pending"));
    // A key vault is not in the graph: it stays a target id, with no edge.
    assertThat(endpoint(out, "vault-pe").properties().get("targetIds")).isEqualTo(
        List.of(SUB + "/resourcegroups/ml-prod/providers/microsoft.keyvault/vaults/acme-ml-kv"));
    assertThat(out.rels(AzurePrivateEndpointSchema.IN_SUBNET)).hasSize(5)
        .allSatisfy(r -> assertThat(r.toId()).isEqualTo(subnet));
  }
}
