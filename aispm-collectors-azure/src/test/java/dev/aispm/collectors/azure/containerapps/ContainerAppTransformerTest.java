package dev.aispm.collectors.azure.containerapps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerAppTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "11111111-aaaa-4aaa-8aaa-111111111111", "global");
  static final String TENANT = "7d1c5a6e-3b2f-4c8d-9e0a-acme00000001";
  static final String APPS = "/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/apps-prod/providers/"
      + "microsoft.app/containerapps/";

  private static GraphBatch transform() {
    GraphBatch out = new GraphBatch();
    ContainerAppTransformer.transform(Recorded.list("containerapps", "ContainerApps_ListBySubscription"), TENANT,
        SCOPE, out);
    return out;
  }

  private static NodeRecord app(GraphBatch out, String name) {
    return out.nodes(AzureContainerAppSchema.NODE).stream().filter(n -> n.properties().get("name").equals(name))
        .findFirst().orElseThrow();
  }

  @Test
  void externalAppKeepsImagesIngressIdentitiesAndEnvNamesButNoValue() {
    GraphBatch out = transform();
    NodeRecord rag = app(out, "rag-api");
    Map<String, Object> p = rag.properties();
    assertThat(rag.id()).isEqualTo(APPS + "rag-api");
    assertThat(p.get("provisioningState")).isEqualTo("Succeeded");
    assertThat(p.get("resourceGroup")).isEqualTo("apps-prod");
    assertThat(p.get("environmentId")).isEqualTo("/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/"
        + "apps-prod/providers/microsoft.app/managedenvironments/apps-env");
    assertThat(p.get("images")).isEqualTo(List.of("acmemlregistry.azurecr.io/fraud/scoring-api:v3",
        "acmemlregistry.azurecr.io/fraud/batch-scorer:latest"));
    assertThat(p.get("ingressExternal")).isEqualTo(true);
    assertThat(p.get("targetPort")).isEqualTo(8080L);
    assertThat(p.get("transport")).isEqualTo("Auto");
    assertThat(p.get("allowInsecure")).isEqualTo(true);
    // A Deny rule keeps one range out and lets everyone else in.
    assertThat(p.get("ipRestricted")).isEqualTo(false);
    assertThat(p.get("internetReachable")).isEqualTo(true);
    assertThat(p.get("identityType")).isEqualTo("SystemAssigned,UserAssigned");
    assertThat(p.get("principalIds")).isEqualTo(List.of("5f1e2d3c-0a0a-4b4b-8c8c-acme0000ca01",
        "5f1e2d3c-0a0a-4b4b-8c8c-acme0000ca02"));
    assertThat(p.get("environmentVariableNames")).isEqualTo(List.of("OPENAI_API_KEY", "LOG_LEVEL",
        "AZURE_OPENAI_ENDPOINT", "HF_TOKEN"));
    assertThat(p.get("secretEnvironmentVariables")).isEqualTo(List.of("OPENAI_API_KEY", "HF_TOKEN"));
    assertThat(p.get("aiProviderSettings")).isEqualTo(List.of("OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT", "HF_TOKEN"));
    assertThat(p.toString()).doesNotContain("info", "acme-openai.openai.azure.com", "openai-key");

    assertThat(out.rels(AzureContainerAppSchema.INTERNET_CAN_REACH)).containsExactly(
        RelRecord.of(CommonSchemas.INTERNET_ID, APPS + "rag-api", SCOPE, Map.of("via", "ingress", "port", 8080L)));
    assertThat(out.rels(AzureContainerAppSchema.RUNS_AS)).extracting(RelRecord::toId).containsExactly(
        "/tenants/" + TENANT + "/serviceprincipals/5f1e2d3c-0a0a-4b4b-8c8c-acme0000ca01",
        "/tenants/" + TENANT + "/serviceprincipals/5f1e2d3c-0a0a-4b4b-8c8c-acme0000ca02");
    assertThat(out.rels(AzureContainerAppSchema.USES_AI)).extracting(RelRecord::fromId)
        .containsOnly(APPS + "rag-api").hasSize(3);
  }

  @Test
  void internalAndAllowListedAppsAreNotReachableFromTheInternet() {
    GraphBatch out = transform();
    Map<String, Object> embedder = app(out, "embedder").properties();
    assertThat(embedder.get("ingressExternal")).isEqualTo(false);
    assertThat(embedder.get("internetReachable")).isEqualTo(false);
    assertThat(embedder.get("identityType")).isNull();
    assertThat(embedder.get("principalIds")).isEqualTo(List.of());
    assertThat(embedder.get("aiProviderSettings")).isEqualTo(List.of());
    Map<String, Object> gateway = app(out, "agent-gw").properties();
    assertThat(gateway.get("ipRestricted")).isEqualTo(true);
    assertThat(gateway.get("internetReachable")).isEqualTo(false);
    assertThat(gateway.get("allowInsecure")).isEqualTo(false);
    assertThat(out.rels(AzureContainerAppSchema.INTERNET_CAN_REACH)).extracting(RelRecord::toId)
        .containsExactly(APPS + "rag-api");
  }
}
