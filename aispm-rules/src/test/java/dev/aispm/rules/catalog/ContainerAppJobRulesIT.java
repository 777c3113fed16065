package dev.aispm.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.engine.RuleEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The serverless rules judge Container Apps jobs as they judge apps: the catalogue test only asks
 * each fixture for at least one FAIL or only PASS rows, so this pins the verdict on the job itself
 * (a scheduled job reading an OpenAI key is shadow AI; one naming only Azure OpenAI is not judged;
 * a job has no ingress, so its key is never publicly invocable).
 */
class ContainerAppJobRulesIT {
  private static final String JOB = "/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/apps/"
      + "providers/microsoft.app/jobs/nightly-embeddings";

  private static List<String> verdicts(String rule, String fixture) {
    Rule r = RuleCatalog.builtIn().rule(rule).orElseThrow();
    RuleCatalogIT.load(r.fixtures().get(fixture));
    return new RuleEngine(InProcessNeo4j.connection().driver(), null).evaluate(r).stream()
        .filter(f -> f.resourceId().equals(JOB)).map(f -> f.status().name()).toList();
  }

  @Test
  void aJobReadingAnOpenAiKeyIsShadowAi() {
    assertThat(verdicts("serverless_workload_no_shadow_ai", "fail")).containsExactly("FAIL");
  }

  /** No code of a job is read, so a job whose names show only Azure OpenAI gives no row at all, as an app does. */
  @Test
  void aJobNamingOnlyAzureOpenAiIsNot() {
    assertThat(verdicts("serverless_workload_no_shadow_ai", "pass")).isEmpty();
  }

  @Test
  void aJobHoldingAKeyIsNeverPubliclyInvocable() {
    assertThat(verdicts("serverless_workload_public_with_ai_provider_key", "pass")).containsExactly("PASS");
  }
}
