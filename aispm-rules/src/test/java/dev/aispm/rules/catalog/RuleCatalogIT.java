package dev.aispm.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.engine.RuleEngine;
import dev.aispm.rules.engine.RuleMatch;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Session;

/**
 * Runs every rule of the catalogue on its own fixtures against a real Neo4j: on the empty graph it
 * must find nothing, on {@code pass} only PASS rows, on {@code fail} at least one FAIL, on
 * {@code unknown} (when present) at least one UNKNOWN and no PASS for that resource.
 */
public class RuleCatalogIT {
  static final RuleCatalog CATALOG = RuleCatalog.builtIn();

  @TestFactory
  Stream<DynamicTest> everyRulePassesItsFixtures() {
    RuleEngine engine = new RuleEngine(InProcessNeo4j.connection().driver(), null);
    return CATALOG.rules().stream().flatMap(rule -> Stream.of(
        DynamicTest.dynamicTest(rule.id() + " finds nothing in an empty graph", () -> {
          load(rule.fixtures().getOrDefault("empty", ""));
          assertThat(engine.evaluate(rule)).isEmpty();
        }),
        DynamicTest.dynamicTest(rule.id() + " passes its pass fixture", () -> {
          load(rule.fixtures().get("pass"));
          List<RuleMatch> rows = engine.evaluate(rule);
          assertThat(rows).extracting(RuleMatch::status).doesNotContain(RuleMatch.Status.FAIL, RuleMatch.Status.UNKNOWN);
        }),
        DynamicTest.dynamicTest(rule.id() + " fails its fail fixture", () -> {
          load(rule.fixtures().get("fail"));
          List<RuleMatch> rows = engine.evaluate(rule);
          assertThat(rows).extracting(RuleMatch::status).contains(RuleMatch.Status.FAIL);
          assertThat(rows).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        }),
        DynamicTest.dynamicTest(rule.id() + " reports unknown settings as UNKNOWN", () -> {
          String unknown = rule.fixtures().get("unknown");
          if (unknown == null) {
            return;
          }
          load(unknown);
          assertThat(engine.evaluate(rule)).extracting(RuleMatch::status)
              .contains(RuleMatch.Status.UNKNOWN).doesNotContain(RuleMatch.Status.PASS);
        })));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleHasPassAndFailFixtures() {
    return CATALOG.rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () ->
        assertThat(rule.fixtures()).containsKeys("pass", "fail")));
  }

  public static void load(String cypher) {
    InProcessNeo4j.reset();
    String text = cypher.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + "\n" + b).strip();
    if (text.isEmpty()) {
      return;
    }
    try (Session s = InProcessNeo4j.connection().session()) {
      s.run(text).consume();
    }
  }
}
