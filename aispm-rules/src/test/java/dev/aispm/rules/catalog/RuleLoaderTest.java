package dev.aispm.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderTest {
  static final String YAML = """
      id: custom_rule
      title: A custom rule
      description: Finds things.
      severity: high
      category: configuration
      provider: aws
      resourceTypes: [AWSSageMakerNotebookInstance]
      risk: Bad things.
      remediation:
        text: Fix it.
      compliance:
        nist-csf-2.0: [PR.AA-05]
      """;

  @Test
  void theBuiltInCatalogueLoadsWithUniqueIdsAndFullMetadata() {
    RuleCatalog catalog = RuleCatalog.builtIn();
    assertThat(catalog.size()).isGreaterThanOrEqualTo(20);
    assertThat(catalog.rules()).allSatisfy(r -> {
      assertThat(r.metadata().compliance().controls()).isNotEmpty();
      assertThat(r.metadata().references()).isNotEmpty();
      assertThat(r.query()).doesNotContainIgnoringCase("DETACH DELETE");
    });
  }

  @Test
  void customRulesLoadFromAFolderWithoutRebuilding(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("mine/custom_rule/fixtures"));
    Files.writeString(folder.getParent().resolve("rule.yaml"), YAML);
    Files.writeString(folder.getParent().resolve("query.cypher"), "MATCH (n:Notebook) RETURN n.id AS resourceId, 'FAIL' AS status");
    Files.writeString(folder.resolve("fail.cypher"), "CREATE (:Notebook {id: 'x'})");
    RuleCatalog catalog = RuleCatalog.withCustom(dir);
    Rule rule = catalog.rule("custom_rule").orElseThrow();
    assertThat(rule.metadata().severity()).isEqualTo(RuleSeverity.HIGH);
    assertThat(rule.fixtures()).containsKey("fail");
    assertThat(catalog.size()).isEqualTo(RuleCatalog.builtIn().size() + 1);
  }

  @Test
  void anInvalidRuleIsRefusedWithItsFolderAndFieldNamed() {
    String noSeverity = YAML.replace("severity: high\n", "");
    assertThatThrownBy(() -> RuleLoader.parse("x/custom_rule", Map.of("rule.yaml", noSeverity, "query.cypher", "RETURN 1")))
        .hasMessageContaining("x/custom_rule").hasMessageContaining("severity");
    assertThatThrownBy(() -> RuleLoader.parse("x/custom_rule", Map.of("rule.yaml", YAML.replace("nist-csf-2.0", "nist-800-53"), "query.cypher", "RETURN 1")))
        .hasMessageContaining("unknown compliance framework");
    assertThatThrownBy(() -> RuleLoader.parse("x/other_name", Map.of("rule.yaml", YAML, "query.cypher", "RETURN 1")))
        .hasMessageContaining("differs from its folder name");
    assertThatThrownBy(() -> RuleLoader.parse("x/custom_rule", Map.of("rule.yaml", YAML)))
        .hasMessageContaining("query.cypher");
  }

  @Test
  void aCustomRuleCannotShadowABuiltInOne(@TempDir Path dir) throws Exception {
    String id = RuleCatalog.builtIn().rules().get(0).id();
    Path folder = Files.createDirectories(dir.resolve(id));
    Files.writeString(folder.resolve("rule.yaml"), YAML.replace("custom_rule", id));
    Files.writeString(folder.resolve("query.cypher"), "RETURN 1");
    assertThatThrownBy(() -> RuleCatalog.withCustom(dir)).hasMessageContaining("defined twice");
  }
}
