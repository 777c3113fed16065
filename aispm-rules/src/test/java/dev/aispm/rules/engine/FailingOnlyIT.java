package dev.aispm.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.catalog.RuleCatalog;
import dev.aispm.rules.catalog.RuleCatalogIT;
import org.junit.jupiter.api.Test;

/**
 * The production pass asks the database for failing rows only; for every built-in rule that must
 * be exactly the FAIL and UNKNOWN rows of the full query on the same graph.
 */
class FailingOnlyIT {
  @Test
  void failingOnlyEvaluationKeepsExactlyTheNonPassingRowsOfEveryRule() {
    RuleEngine engine = new RuleEngine(InProcessNeo4j.connection().driver(), null);
    for (var rule : RuleCatalog.builtIn().rules()) {
      for (String fixture : rule.fixtures().keySet()) {
        RuleCatalogIT.load(rule.fixtures().get(fixture));
        var all = engine.evaluate(rule).stream().filter(m -> m.status() != RuleMatch.Status.PASS)
            .map(m -> m.resourceId() + "|" + m.status() + "|" + m.reason()).sorted().toList();
        var failing = engine.evaluateFailing(rule).stream()
            .map(m -> m.resourceId() + "|" + m.status() + "|" + m.reason()).sorted().toList();
        assertThat(failing).as(rule.id() + " / " + fixture).isEqualTo(all);
      }
    }
  }

  @Test
  void aTrailingSemicolonDoesNotBreakTheWrapper() {
    assertThat(RuleEngine.failingOnly("MATCH (n) RETURN n.id AS resourceId, 'FAIL' AS status;"))
        .doesNotContain(";").startsWith("CALL {").endsWith("RETURN *");
  }
}
