package dev.aispm.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.engine.RuleEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The serverless rules judge Cloud Run jobs as they judge services: the catalogue test only asks
 * each fixture for at least one FAIL or only PASS rows, so this pins the verdict on the jobs
 * themselves (a job reading an OpenAI key is shadow AI; one naming no provider is not judged; a
 * job has no ingress, so its key is never publicly invocable).
 */
class CloudRunJobRulesIT {
  private static final String EMBEDDINGS = "//run.googleapis.com/projects/p/locations/us-central1/jobs/nightly-embeddings";
  private static final String EXPORT = "//run.googleapis.com/projects/p/locations/us-central1/jobs/ledger-export";

  private static List<String> verdicts(String rule, String fixture, String job) {
    Rule r = RuleCatalog.builtIn().rule(rule).orElseThrow();
    RuleCatalogIT.load(r.fixtures().get(fixture));
    return new RuleEngine(InProcessNeo4j.connection().driver(), null).evaluate(r).stream()
        .filter(f -> f.resourceId().equals(job)).map(f -> f.status().name()).toList();
  }

  @Test
  void aJobReadingAnOpenAiKeyIsShadowAi() {
    assertThat(verdicts("serverless_workload_no_shadow_ai", "fail", EMBEDDINGS)).containsExactly("FAIL");
  }

  /** No code of a job is read, so a job whose environment names no provider gives no row at all, as a service does. */
  @Test
  void aJobNamingNoProviderIsNotJudged() {
    assertThat(verdicts("serverless_workload_no_shadow_ai", "pass", EXPORT)).isEmpty();
  }

  @Test
  void aJobHoldingAKeyIsNeverPubliclyInvocable() {
    assertThat(verdicts("serverless_workload_public_with_ai_provider_key", "pass", EMBEDDINGS)).containsExactly("PASS");
  }
}
