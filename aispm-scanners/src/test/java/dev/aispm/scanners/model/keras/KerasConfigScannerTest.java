package dev.aispm.scanners.model.keras;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class KerasConfigScannerTest {
  /** A Keras 3 Sequential config.json (as model.save('m.keras') writes it), trimmed. */
  public static final String BENIGN = "{\"module\": \"keras\", \"class_name\": \"Sequential\", \"config\":"
      + " {\"name\": \"seq\", \"layers\": [{\"module\": \"keras.layers\", \"class_name\":"
      + " \"InputLayer\", \"config\": {\"batch_shape\": [null, 4]}}, {\"module\": \"keras.layers\","
      + " \"class_name\": \"Dense\", \"config\": {\"name\": \"dense\", \"units\": 2,"
      + " \"kernel_initializer\": {\"module\": \"keras.initializers\", \"class_name\":"
      + " \"GlorotUniform\", \"config\": {\"seed\": null}}}}]}, \"registered_name\": null}";

  static List<ContentFinding> scan(String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    KerasConfigScanner scanner = new KerasConfigScanner();
    assertThat(scanner.accepts("config.json", bytes)).isTrue();
    List<ContentFinding> out = new ArrayList<>();
    scanner.scan(new ScanInput("m.keras!/config.json", new ByteArrayInputStream(bytes),
        bytes.length, 1), ScanLimits.defaults(), out::add);
    return out;
  }

  @Test
  void ordinaryConfigIsClean() throws IOException {
    assertThat(scan(BENIGN)).isEmpty();
  }

  @Test
  void lambdaWithBytecodeIsCritical() throws IOException {
    // Keras 3 serializes a Python lambda as {"class_name": "__lambda__", "config": {"code": b64}}.
    String json = BENIGN.replace("\"class_name\": \"Dense\", \"config\": {\"name\": \"dense\",",
        "\"class_name\": \"Lambda\", \"config\": {\"name\": \"lam\", \"function\": {\"class_name\":"
            + " \"__lambda__\", \"config\": {\"code\": \"4wEAAAAAAAAA\"}},");
    assertThat(scan(json)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(KerasConfigInspector.LAMBDA_LAYER);
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
    });
  }

  @Test
  void nestedModuleReferenceToExecIsCritical() throws IOException {
    // The published bypass: a Dense layer whose kernel_initializer names builtins.exec.
    String json = BENIGN.replace("\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\"",
        "\"module\": \"builtins\", \"class_name\": \"exec\"");
    assertThat(scan(json)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(KerasConfigInspector.UNSAFE_MODULE);
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
    });
  }

  @Test
  void customLayerIsHigh() throws IOException {
    String json = BENIGN.replace("\"module\": \"keras.layers\", \"class_name\": \"Dense\"",
        "\"module\": \"my_project.layers\", \"class_name\": \"Attention\"");
    assertThat(scan(json)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(KerasConfigInspector.CUSTOM_OBJECT);
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
    });
  }

  @Test
  void kerasOwnHelpersThatRunCodeAreCritical() throws IOException {
    // Safe-mode bypasses: a config object naming Keras' own get_file or
    // enable_unsafe_deserialization, or a serialized function pointing at builtins.exec.
    for (String ref : new String[] {
        "\"module\": \"keras.config\", \"class_name\": \"enable_unsafe_deserialization\"",
        "\"module\": \"keras.utils\", \"class_name\": \"get_file\"",
        "\"module\": \"keras.layers\", \"class_name\": \"TorchModuleWrapper\""}) {
      String json = BENIGN.replace(
          "\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\"", ref);
      assertThat(scan(json)).as(ref).anySatisfy(f -> {
        assertThat(f.ruleId()).isEqualTo(KerasConfigInspector.UNSAFE_MODULE);
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      });
    }
    String function = BENIGN.replace(
        "\"module\": \"keras.initializers\", \"class_name\": \"GlorotUniform\", \"config\"",
        "\"module\": \"builtins\", \"class_name\": \"function\", \"config\": \"exec\","
            + " \"registered_name\": \"function\", \"x\"");
    assertThat(scan(function)).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo(KerasConfigInspector.UNSAFE_MODULE);
      assertThat(f.details()).containsEntry("name", "exec");
    });
  }

  @Test
  void brokenJsonIsUnparseable() throws IOException {
    assertThat(scan("{\"class_name\": \"X\", \"config\": {\"layers\": [")).extracting(ContentFinding::ruleId)
        .containsExactly("model.unparseable");
  }

  @Test
  void parserErrorsDoNotQuoteTheContent() throws IOException {
    byte[] bytes = "{\"class_name\": \"X\", \"config\": {\"token\": hf_abcdefghijklmnopqrstuvwxyzABCDEFGH}}"
        .getBytes(StandardCharsets.UTF_8);
    List<ContentFinding> out = new ArrayList<>();
    new KerasConfigScanner().scan(new ScanInput("config.json", new ByteArrayInputStream(bytes),
        bytes.length, 0), ScanLimits.defaults(), out::add);
    assertThat(out).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("model.unparseable");
      assertThat(f.message()).contains("line 1").doesNotContain("hf_abc");
      assertThat(f.details().values()).noneMatch(v -> v.contains("hf_abc"));
    });
  }

  @Test
  void acceptsModelConfigsOnlyByTheirTopLevelKeys() {
    KerasConfigScanner scanner = new KerasConfigScanner();
    assertThat(scanner.accepts("x", BENIGN.getBytes(StandardCharsets.UTF_8))).isTrue();
    // The head of a large config ends inside it: the keys seen so far decide.
    assertThat(scanner.accepts("x", "{\"class_name\": \"Functional\", \"config\": {\"layers\": [{"
        .getBytes(StandardCharsets.UTF_8))).isTrue();
    for (String data : List.of(
        // JSON Lines records that happen to have the keys
        "{\"class_name\": \"A\", \"config\": {}}\n{\"class_name\": \"B\", \"config\": {}}\n",
        // the keys only below the top level
        "{\"records\": [{\"class_name\": \"Lambda\", \"config\": {}, \"module\": \"os\"}]}",
        // labels named like the keys
        "{\"class_name\": \"positive\", \"config\": \"default\"}",
        // a notebook whose metadata carries the keys
        "{\"cells\": [], \"class_name\": \"X\", \"config\": {}, \"nbformat\": 4}",
        // broken JSON cannot be loaded as a model
        "{\"class_name\": \"X\", \"config\": {\"a\": nope}}",
        "[{\"class_name\": \"X\", \"config\": {}}]")) {
      assertThat(scanner.accepts("config.json", data.getBytes(StandardCharsets.UTF_8))).as(data).isFalse();
    }
  }
}
