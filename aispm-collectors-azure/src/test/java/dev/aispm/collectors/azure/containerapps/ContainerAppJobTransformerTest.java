package dev.aispm.collectors.azure.containerapps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerAppJobTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "11111111-aaaa-4aaa-8aaa-111111111111", "global");
  static final String TENANT = "7d1c5a6e-3b2f-4c8d-9e0a-acme00000001";
  static final String JOBS = "/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/apps-prod/providers/"
      + "microsoft.app/jobs/";

  private static GraphBatch transform() {
    GraphBatch out = new GraphBatch();
    ContainerAppJobTransformer.transform(Recorded.list("containerapps", "Jobs_ListBySubscription"), TENANT, SCOPE, out);
    return out;
  }

  private static NodeRecord job(GraphBatch out, String name) {
    return out.nodes(AzureContainerAppJobSchema.NODE).stream().filter(n -> n.properties().get("name").equals(name))
        .findFirst().orElseThrow();
  }

  @Test
  void scheduledJobKeepsItsCronImagesIdentityAndEnvNamesButNoValue() {
    GraphBatch out = transform();
    NodeRecord nightly = job(out, "nightly-embeddings");
    Map<String, Object> p = nightly.properties();
    assertThat(nightly.id()).isEqualTo(JOBS + "nightly-embeddings");
    assertThat(p.get("resourceGroup")).isEqualTo("apps-prod");
    assertThat(p.get("provisioningState")).isEqualTo("Succeeded");
    assertThat(p.get("environmentId")).isEqualTo("/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/"
        + "apps-prod/providers/microsoft.app/managedenvironments/apps-env");
    assertThat(p.get("triggerType")).isEqualTo("Schedule");
    assertThat(p.get("cronExpression")).isEqualTo("0 2 * * *");
    assertThat(p.get("replicaTimeout")).isEqualTo(1800L);
    assertThat(p.get("images")).isEqualTo(List.of("acmemlregistry.azurecr.io/fraud/embedder:2024-05",
        "acmemlregistry.azurecr.io/fraud/batch-scorer:latest"));
    assertThat(p.get("internetReachable")).isEqualTo(false);
    assertThat(p.get("identityType")).isEqualTo("SystemAssigned");
    assertThat(p.get("principalIds")).isEqualTo(List.of("5f1e2d3c-0a0a-4b4b-8c8c-acme0000cb01"));
    assertThat(p.get("environmentVariableNames")).isEqualTo(List.of("OPENAI_API_KEY", "EMBED_BATCH",
        "CORPUS_CONTAINER"));
    assertThat(p.get("secretEnvironmentVariables")).isEqualTo(List.of("OPENAI_API_KEY"));
    assertThat(p.get("aiProviderSettings")).isEqualTo(List.of("OPENAI_API_KEY"));
    assertThat(p.toString()).doesNotContain("256", "acme-SIMULATED-corpus", "openai-key");

    assertThat(out.rels(AzureContainerAppJobSchema.RUNS_AS)).contains(RelRecord.of(JOBS + "nightly-embeddings",
        "/tenants/" + TENANT + "/serviceprincipals/5f1e2d3c-0a0a-4b4b-8c8c-acme0000cb01", SCOPE));
    assertThat(out.rels(AzureContainerAppJobSchema.USES_AI)).filteredOn(r -> r.fromId().equals(JOBS
        + "nightly-embeddings")).extracting(RelRecord::toId).singleElement().asString().endsWith("OPENAI_API_KEY");
  }

  @Test
  void manualAndEventJobsHaveNoScheduleAndOnlyTheirOwnAiUse() {
    GraphBatch out = transform();
    Map<String, Object> reindex = job(out, "reindex").properties();
    assertThat(reindex.get("triggerType")).isEqualTo("Manual");
    assertThat(reindex.get("cronExpression")).isNull();
    assertThat(reindex.get("identityType")).isEqualTo("UserAssigned");
    assertThat(reindex.get("principalIds")).isEqualTo(List.of("5f1e2d3c-0a0a-4b4b-8c8c-acme0000ca02"));
    assertThat(reindex.get("aiProviderSettings")).isEqualTo(List.of("AZURE_OPENAI_ENDPOINT"));
    Map<String, Object> queue = job(out, "queue-scorer").properties();
    assertThat(queue.get("triggerType")).isEqualTo("Event");
    assertThat(queue.get("cronExpression")).isNull();
    assertThat(queue.get("identityType")).isNull();
    assertThat(queue.get("principalIds")).isEqualTo(List.of());
    assertThat(queue.get("environmentVariableNames")).isEqualTo(List.of());
    assertThat(queue.get("images")).isEqualTo(List.of("docker.io/library/python:3.11-slim"));
    assertThat(out.rels(AzureContainerAppJobSchema.USES_AI)).extracting(RelRecord::fromId)
        .doesNotContain(JOBS + "queue-scorer");
    assertThat(out.rels(AzureContainerAppJobSchema.RUNS_AS)).extracting(RelRecord::fromId)
        .containsExactly(JOBS + "nightly-embeddings", JOBS + "reindex");
  }
}
