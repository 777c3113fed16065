package dev.aispm.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.engine.RuleEngine;
import dev.aispm.rules.engine.RuleMatch;
import dev.aispm.rules.findings.PathStep;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An internet-reachable function whose AI package has several advisories, reached by more than one
 * way in, is one attack path: one finding per compute and package, naming every advisory, whose
 * identity does not change when another advisory is published for the same package.
 */
class ReachableVulnerablePackageRuleIT {
  private static final String RULE = "attack_path_internet_function_vulnerable_ai_tooling";
  private static final String FN = "arn:aws:lambda:us-east-1:111111111111:function:chat";

  private static String function() {
    return "CREATE (i:Asset:Internet {id: 'internet', type: 'Internet'})\n"
        + "CREATE (f:Asset:Compute:AWSLambdaFunction {id: '" + FN + "', type: 'AWSLambdaFunction', name: 'chat',"
        + " provider: 'aws', account: '111111111111', region: 'us-east-1', scope: 'aws/111111111111/us-east-1'})\n"
        + "CREATE (i)-[:CAN_REACH {via: 'functionUrl'}]->(f)\n"
        + "CREATE (i)-[:CAN_REACH {via: 'apiGateway', route: 'POST /chat'}]->(f)\n"
        + "CREATE (f)-[:RUNS_AS]->(:Asset:Identity:AWSIAMRole {id: 'arn:aws:iam::111111111111:role/chat',"
        + " type: 'AWSIAMRole', name: 'chat', isAdmin: false})\n";
  }

  private static String pkg(String var, String name, String version) {
    return "CREATE (f)-[:USES_PACKAGE]->(" + var + ":Asset:Software:SoftwarePackage {id: '" + FN + "#package/pkg:pypi/"
        + name + "@" + version + "', type: 'SoftwarePackage', name: '" + name + "', version: '" + version + "'})\n";
  }

  private static String advisory(String pkgVar, String id, String severity, String fixed) {
    return "CREATE (" + pkgVar + ")-[:AFFECTED_BY]->(:Asset:Vulnerability:Advisory {id: '" + pkgVar + "#" + id
        + "', type: 'Advisory', advisoryId: '" + id + "', severity: '" + severity + "', fixedVersion: '" + fixed + "'})\n";
  }

  private static List<RuleMatch> matches() {
    return new RuleEngine(InProcessNeo4j.connection().driver(), null)
        .evaluate(RuleCatalog.builtIn().rule(RULE).orElseThrow());
  }

  @Test
  void onePackageWithSeveralAdvisoriesOnTwoWaysInIsOneFindingNamingThemAll() {
    RuleCatalogIT.load(function() + pkg("p", "mlflow", "2.2.0")
        + advisory("p", "PYSEC-2023-252", "high", "2.9.2")
        + advisory("p", "GHSA-xg73-94fp-g449", "critical", "2.2.1")
        + advisory("p", "GHSA-low0-0000-0000", "moderate", "2.3.0"));
    List<RuleMatch> found = matches();
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.reason()).isEqualTo("Internet-reachable chat ships mlflow 2.2.0 with 2 critical or high advisories: "
          + "GHSA-xg73-94fp-g449 (critical, fixed in 2.2.1), PYSEC-2023-252 (high, fixed in 2.9.2) and runs as chat");
      assertThat(m.resourceIds()).containsExactly(FN, FN + "#package/pkg:pypi/mlflow@2.2.0",
          "arn:aws:iam::111111111111:role/chat");
      // the path ends at the package: internet, function, package
      assertThat(m.path()).filteredOn(s -> "node".equals(s.kind())).extracting(PathStep::type)
          .containsExactly("Internet", "AWSLambdaFunction", "SoftwarePackage");
    });
  }

  @Test
  void aNewAdvisoryForTheSamePackageKeepsTheFindingsIdentity() {
    RuleCatalogIT.load(function() + pkg("p", "mlflow", "2.9.1") + advisory("p", "PYSEC-2023-252", "high", "2.9.2"));
    List<RuleMatch> before = matches();
    RuleCatalogIT.load(function() + pkg("p", "mlflow", "2.9.1") + advisory("p", "PYSEC-2023-252", "high", "2.9.2")
        + advisory("p", "PYSEC-2023-253", "high", "2.9.2"));
    List<RuleMatch> after = matches();
    assertThat(before).singleElement().satisfies(m -> assertThat(m.reason())
        .isEqualTo("Internet-reachable chat ships mlflow 2.9.1 with high advisory PYSEC-2023-252 (fixed in 2.9.2)"
            + " and runs as chat"));
    assertThat(after).singleElement().satisfies(m -> assertThat(m.reason()).contains("2 critical or high advisories"));
    assertThat(after.get(0).resourceIds()).isEqualTo(before.get(0).resourceIds());
  }

  @Test
  void eachVulnerablePackageIsItsOwnFindingAndAPackageWithOnlyLowerAdvisoriesNone() {
    RuleCatalogIT.load(function() + pkg("p", "mlflow", "2.9.1") + advisory("p", "PYSEC-2023-252", "high", "2.9.2")
        + pkg("q", "langchain", "0.0.300") + advisory("q", "GHSA-lc00-0000-0000", "critical", "0.0.312")
        + pkg("s", "transformers", "4.30.0") + advisory("s", "GHSA-tr00-0000-0000", "moderate", "4.36.0"));
    assertThat(matches()).extracting(m -> m.resourceIds().get(1)).containsExactlyInAnyOrder(
        FN + "#package/pkg:pypi/mlflow@2.9.1", FN + "#package/pkg:pypi/langchain@0.0.300");
  }
}
