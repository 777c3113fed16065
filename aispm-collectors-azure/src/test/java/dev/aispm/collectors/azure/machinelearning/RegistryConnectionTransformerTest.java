package dev.aispm.collectors.azure.machinelearning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLConnectionSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLRegistrySchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryConnectionTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "11111111-aaaa-4aaa-8aaa-111111111111", "global");
  static final String TENANT = "7d1c5a6e-3b2f-4c8d-9e0a-acme00000001";
  static final String WS = "/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/ml-prod/providers/"
      + "microsoft.machinelearningservices/workspaces/fraud-ws";

  static Map<String, Object> node(GraphBatch out, dev.aispm.graph.schema.NodeSchema schema, String name) {
    return out.nodes(schema).stream().filter(n -> name.equals(n.properties().get("name"))).findFirst()
        .map(NodeRecord::properties).orElseThrow();
  }

  @Test
  void registriesCarryTheirExposureAndTheStorageAzureCreatedForThem() {
    GraphBatch out = new GraphBatch();
    RegistryTransformer.transform(Recorded.list("machinelearning", "Registries_ListBySubscription"), TENANT, SCOPE, out);

    assertThat(node(out, AzureMLRegistrySchema.NODE, "acme-shared"))
        .containsEntry("publicNetworkAccess", "Enabled").containsEntry("publiclyAccessible", true)
        .containsEntry("regions", List.of("westeurope", "eastus"))
        .containsEntry("storageBlobPublicAccess", true)
        .containsEntry("privateEndpointConnections", 0)
        .containsEntry("identityType", "SystemAssigned")
        .containsEntry("resourceGroup", "ml-prod")
        .containsEntry("containerRegistryIds", List.of("/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/"
            + "azureml-rg-acme-shared_0001/providers/microsoft.containerregistry/registries/acmesharedacr"));
    assertThat((List<?>) node(out, AzureMLRegistrySchema.NODE, "acme-shared").get("storageAccountIds")).hasSize(2);
    assertThat(node(out, AzureMLRegistrySchema.NODE, "acme-private"))
        .containsEntry("publiclyAccessible", false).containsEntry("storageBlobPublicAccess", false)
        .containsEntry("privateEndpointConnections", 1).containsEntry("identityType", null);
    assertThat(out.rels(AzureMLRegistrySchema.RUNS_AS)).extracting(RelRecord::toId)
        .containsExactly("/tenants/" + TENANT + "/serviceprincipals/a0000000-0000-4000-8000-00000000f601");
  }

  @Test
  void anAbsentPublicNetworkAccessIsPublic() throws Exception {
    GraphBatch out = new GraphBatch();
    RegistryTransformer.transform(List.of(new ObjectMapper().readTree("""
        {"id": "/subscriptions/s/resourceGroups/g/providers/Microsoft.MachineLearningServices/registries/r",
         "name": "r", "properties": {}}""")), TENANT, SCOPE, out);
    assertThat(node(out, AzureMLRegistrySchema.NODE, "r")).containsEntry("publiclyAccessible", true)
        .containsEntry("regions", List.of());
  }

  @Test
  void connectionsSayWhetherTheWorkspaceKeepsAKeyAndWhoSharesIt() {
    GraphBatch out = new GraphBatch();
    ConnectionTransformer.transform(Recorded.list("machinelearning", "Connections_List"), WS, "fraud-ws", SCOPE, out);

    assertThat(node(out, AzureMLConnectionSchema.NODE, "acme-openai-key"))
        .containsEntry("authType", "ApiKey").containsEntry("keyAuth", true).containsEntry("isSharedToAll", true)
        .containsEntry("category", "AzureOpenAI").containsEntry("workspace", "fraud-ws");
    assertThat(node(out, AzureMLConnectionSchema.NODE, "aiservices-entra"))
        .containsEntry("keyAuth", false).containsEntry("isSharedToAll", true);
    assertThat(node(out, AzureMLConnectionSchema.NODE, "training-blob"))
        .containsEntry("keyAuth", true).containsEntry("isSharedToAll", false);
    assertThat(out.rels(AzureMLConnectionSchema.IN_WORKSPACE)).hasSize(3).allMatch(r -> r.toId().equals(WS));
    assertThat(out.rels(AzureMLConnectionSchema.CONNECTS_TO)).extracting(RelRecord::toId).containsExactlyInAnyOrder(
        "/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/ai-prod/providers/microsoft.cognitiveservices/accounts/acme-openai",
        "/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/ai-prod/providers/microsoft.cognitiveservices/accounts/acme-aiservices-secure");
  }

  @Test
  void aConnectionWithoutAnAuthTypeLeavesKeyAuthUnknown() throws Exception {
    GraphBatch out = new GraphBatch();
    ConnectionTransformer.transform(List.of(new ObjectMapper().readTree("""
        {"id": "%s/connections/odd", "name": "odd", "properties": {"category": "CustomKeys"}}""".formatted(WS))),
        WS, "fraud-ws", SCOPE, out);
    assertThat(node(out, AzureMLConnectionSchema.NODE, "odd")).containsEntry("keyAuth", null);
  }
}
