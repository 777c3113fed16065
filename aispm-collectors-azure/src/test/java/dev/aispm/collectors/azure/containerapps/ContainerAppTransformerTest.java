package dev.aispm.collectors.azure.containerapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        .filteredOn(from -> from.equals(APPS + "rag-api")).hasSize(3);
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
  private static GraphBatch withRevisions() {
    GraphBatch out = new GraphBatch();
    ContainerAppTransformer.transform(Recorded.list("containerapps", "ContainerApps_ListBySubscription"),
        Map.of(APPS + "scorer", Recorded.list("containerapps", "ContainerAppsRevisions_ListRevisions")), TENANT,
        SCOPE, out);
    return out;
  }

  @Test
  void onlyAppsInMultipleModeOrSendingTrafficToAnOlderRevisionHaveTheirRevisionsRead() {
    List<JsonNode> apps = Recorded.list("containerapps", "ContainerApps_ListBySubscription");
    assertThat(apps).filteredOn(ContainerAppTransformer::servesOlderRevisions).extracting(a -> a.get("name").asText())
        .containsExactly("scorer");
    // Single mode, but a traffic entry pins an older revision: it may serve that revision's image.
    assertThat(ContainerAppTransformer.servesOlderRevisions(json("""
        {"properties": {"latestRevisionName": "api--v9", "configuration": {"activeRevisionsMode": "Single",
          "ingress": {"traffic": [{"revisionName": "api--v8", "weight": 100}]}}}}"""))).isTrue();
    assertThat(ContainerAppTransformer.servesOlderRevisions(json("""
        {"properties": {"latestRevisionName": "api--v9", "configuration": {"activeRevisionsMode": "Single",
          "ingress": {"traffic": [{"revisionName": "api--v9", "weight": 100}]}}}}"""))).isFalse();
  }

  @Test
  void anOlderRevisionTakingTrafficAddsItsImageAndEnvNamesAnInactiveOneDoesNot() {
    GraphBatch out = withRevisions();
    Map<String, Object> p = app(out, "scorer").properties();
    assertThat(p.get("revisionsMode")).isEqualTo("Multiple");
    assertThat(p.get("latestRevisionName")).isEqualTo("scorer--v3");
    assertThat(p.get("trafficSplit")).isEqualTo(List.of("scorer--v3=80", "scorer--v2=20"));
    assertThat(p.get("images")).isEqualTo(List.of("acmemlregistry.azurecr.io/fraud/scoring-api:v3",
        "acmemlregistry.azurecr.io/fraud/scoring-api:v2"));
    assertThat(p.get("revisionImages")).isEqualTo(List.of("scorer--v3=acmemlregistry.azurecr.io/fraud/scoring-api:v3",
        "scorer--v2=acmemlregistry.azurecr.io/fraud/scoring-api:v2"));
    // The 20 % revision still reads an OpenAI key; the inactive v1 (an Anthropic key, image v1) runs nothing.
    assertThat(p.get("environmentVariableNames")).isEqualTo(List.of("AZURE_OPENAI_ENDPOINT", "OPENAI_API_KEY",
        "SCORER_MODE"));
    assertThat(p.get("secretEnvironmentVariables")).isEqualTo(List.of("OPENAI_API_KEY"));
    assertThat(p.get("aiProviderSettings")).isEqualTo(List.of("AZURE_OPENAI_ENDPOINT", "OPENAI_API_KEY"));
    assertThat(p.toString()).doesNotContain("scoring-api:v1", "ANTHROPIC", "legacy");
    assertThat(out.rels(AzureContainerAppSchema.USES_AI)).extracting(RelRecord::fromId)
        .filteredOn(from -> from.equals(APPS + "scorer")).hasSize(2);
    // Apps whose revisions were not asked for keep their template alone and no revision list.
    assertThat(app(out, "rag-api").properties().get("revisionImages")).isNull();
    assertThat(app(out, "rag-api").properties().get("trafficSplit")).isEqualTo(List.of("rag-api--v3=100"));
  }

  @Test
  void withoutTheRevisionsTheLatestTemplateIsAllThereIs() {
    Map<String, Object> p = app(transform(), "scorer").properties();
    assertThat(p.get("images")).isEqualTo(List.of("acmemlregistry.azurecr.io/fraud/scoring-api:v3"));
    assertThat(p.get("revisionImages")).isNull();
    assertThat(p.get("trafficSplit")).isEqualTo(List.of("scorer--v3=80", "scorer--v2=20"));
  }

  @Test
  void aRevisionServesWhenActiveAndWeightedOrWhenTheAppHasNoIngress() {
    JsonNode active = json("""
        {"name": "w--2", "properties": {"active": true, "trafficWeight": 0}}""");
    JsonNode inactive = json("""
        {"name": "w--1", "properties": {"active": false, "trafficWeight": 0}}""");
    assertThat(ContainerAppTransformer.serves(active, Map.of(), false)).as("a queue worker: no traffic to split")
        .isTrue();
    assertThat(ContainerAppTransformer.serves(inactive, Map.of(), false)).isFalse();
    assertThat(ContainerAppTransformer.serves(active, Map.of(), true)).as("no share of the traffic").isFalse();
    assertThat(ContainerAppTransformer.serves(active, Map.of("w--2", 5L), true)).isTrue();
    assertThat(ContainerAppTransformer.serves(json("""
        {"name": "w--3", "properties": {"active": true, "trafficWeight": 50}}"""), Map.of(), true))
        .as("the revision's own weight when the split does not name it").isTrue();
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
