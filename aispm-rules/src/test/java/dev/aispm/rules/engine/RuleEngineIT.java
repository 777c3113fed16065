package dev.aispm.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.catalog.Rule;
import dev.aispm.rules.catalog.RuleLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

class RuleEngineIT {
  static final String YAML = """
      id: %s
      title: t
      description: d
      severity: low
      category: configuration
      provider: aws
      risk: r
      remediation:
        text: fix
      """;

  static Rule rule(String id, String query) {
    return RuleLoader.parse("x/" + id, Map.of("rule.yaml", YAML.formatted(id), "query.cypher", query));
  }

  @Test
  void aBrokenOrWritingRuleIsReportedAndTheOthersStillRun() {
    InProcessNeo4j.reset();
    try (Session s = InProcessNeo4j.connection().session()) {
      s.run("CREATE (:Asset:Notebook {id: 'nb'})").consume();
    }
    RuleEngine engine = new RuleEngine(InProcessNeo4j.connection().driver(), null);
    RuleEngine.Evaluation result = engine.evaluateAll(List.of(
        rule("broken_rule", "MATCH (n:Notebook RETURN n"),
        rule("writing_rule", "CREATE (n:Asset {id: 'injected'}) RETURN n.id AS resourceId, 'FAIL' AS status"),
        rule("no_status_rule", "MATCH (n:Notebook) RETURN n.id AS resourceId"),
        rule("good_rule", "MATCH (n:Notebook) RETURN n.id AS resourceId, 'FAIL' AS status, 'bad' AS reason")));
    assertThat(result.errors()).extracting(RuleExecutionException::ruleId)
        .containsExactly("broken_rule", "writing_rule", "no_status_rule");
    assertThat(result.matches()).extracting(m -> m.rule().id() + ":" + m.resourceId())
        .containsExactly("good_rule:nb");
    assertThat(InProcessNeo4j.count("MATCH (n:Asset {id: 'injected'}) RETURN count(n)"))
        .as("a rule runs read-only").isZero();
  }
}
