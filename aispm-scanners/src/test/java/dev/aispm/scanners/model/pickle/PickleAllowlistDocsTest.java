package dev.aispm.scanners.model.pickle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the allowlist table in docs/scanners-model.md equal to {@link PickleAllowlist}. */
class PickleAllowlistDocsTest {
  private static final Path DOC = Path.of("..", "docs", "scanners-model.md");

  @Test
  void everyAllowlistEntryIsDocumentedAsItIs() throws IOException {
    String doc = Files.readString(DOC);
    for (PickleAllowlist.Entry e : PickleAllowlist.ENTRIES) {
      String row = "| " + e.framework() + " | `" + e.module() + "` | "
          + e.names().stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "))
          + " |";
      assertThat(doc).as("docs row for " + e.module()).contains(row);
    }
  }

  @Test
  void allowlistMatchesOnlyWhatItLists() {
    assertThat(PickleAllowlist.framework("torch._utils", "_rebuild_tensor_v2")).isEqualTo("torch");
    assertThat(PickleAllowlist.framework("sklearn.ensemble._forest", "RandomForestClassifier"))
        .isEqualTo("scikit-learn");
    assertThat(PickleAllowlist.framework("transformers.models.llama.configuration_llama",
        "LlamaConfig")).isEqualTo("transformers");
    // no dotted names, no lower-case helpers where classes are listed, no look-alike modules
    assertThat(PickleAllowlist.framework("torch._utils", "_rebuild_tensor_v2.__globals__"))
        .isNull();
    assertThat(PickleAllowlist.framework("sklearn.pipeline", "make_pipeline")).isNull();
    assertThat(PickleAllowlist.framework("sklearn.pipelinex", "Pipeline")).isNull();
    assertThat(PickleAllowlist.framework("torch.nn", "Linear")).isNull();
    assertThat(PickleAllowlist.framework("torch", "load")).isNull();
    assertThat(PickleAllowlist.framework("builtins", "eval")).isNull();
  }
}
