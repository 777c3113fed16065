package dev.aispm.graph.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/graph-model.md equal to the schema. To refresh it after changing a schema:
 * {@code ./mvnw -q -pl aispm-graph test -Dtest=SchemaDocsTest -Daispm.updateDocs=true}.
 */
class SchemaDocsTest {
  static final Path DOC = Path.of("..", "docs", "graph-model.md");

  @Test
  void graphModelDocumentMatchesTheSchema() throws Exception {
    String expected = SchemaDocs.markdown(SchemaCatalog.standard());
    if (Boolean.getBoolean("aispm.updateDocs")) {
      Files.writeString(DOC, expected);
    }
    assertThat(Files.exists(DOC)).as("docs/graph-model.md exists").isTrue();
    assertThat(Files.readString(DOC)).as("docs/graph-model.md is generated; rerun with -Daispm.updateDocs=true")
        .isEqualTo(expected);
  }

  @Test
  void everyRelationshipEndsAtListedTypesAndEveryTypeHasADescription() {
    SchemaCatalog c = SchemaCatalog.standard();
    assertThat(c.nodes()).allSatisfy(n -> assertThat(n.description()).isNotBlank());
    assertThat(c.rels()).allSatisfy(r -> assertThat(c.node(r.to().type())).isPresent());
  }

  @Test
  void everyDataStoreTypeDeclaresTheDerivedUseFlag() {
    assertThat(dev.aispm.graph.derive.DataStoreUse.undeclared(SchemaCatalog.standard())).isEmpty();
  }
}
