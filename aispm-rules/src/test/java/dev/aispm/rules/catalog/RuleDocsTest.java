package dev.aispm.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/rules.md equal to the catalogue. Refresh with
 * {@code ./mvnw -q -pl aispm-graph,aispm-rules test -Dtest=RuleDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Daispm.updateDocs=true}.
 */
class RuleDocsTest {
  static final Path DOC = Path.of("..", "docs", "rules.md");

  @Test
  void rulesDocumentMatchesTheCatalogue() throws Exception {
    String expected = RuleDocs.markdown(RuleCatalog.builtIn());
    if (Boolean.getBoolean("aispm.updateDocs")) {
      Files.writeString(DOC, expected);
    }
    assertThat(Files.readString(DOC)).as("docs/rules.md is generated; rerun with -Daispm.updateDocs=true")
        .isEqualTo(expected);
  }
}
