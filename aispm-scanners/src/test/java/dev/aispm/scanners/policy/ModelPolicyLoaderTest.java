package dev.aispm.scanners.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelPolicyLoaderTest {
  @TempDir
  Path dir;

  @Test
  void theExamplePolicyLoads() throws Exception {
    ModelPolicy p = ModelPolicyLoader.load(Path.of("../deploy/model-policy.example.yaml"));
    assertThat(p.name()).isEqualTo("acme-approved-models");
    assertThat(p.formats()).containsExactlyInAnyOrder("safetensors", "gguf", "onnx");
    assertThat(p.sources().allowUnknown()).isTrue();
    assertThat(p.vendors().allowUnknown()).isFalse();
    assertThat(p.licences().approves("apache-2.0")).isTrue();
    assertThat(p.block()).isEqualTo(ScanVerdict.SUSPICIOUS);
  }

  @Test
  void leftOutSectionsAreNotJudgedAndFormatsDefaultToNonPickle() throws Exception {
    ModelPolicy p = ModelPolicyLoader.parse("version: 1\n");
    assertThat(p.sources()).isNull();
    assertThat(p.vendors()).isNull();
    assertThat(p.baseModels()).isNull();
    assertThat(p.licences()).isNull();
    assertThat(p.formats()).contains("safetensors", "onnx", "gguf").doesNotContain("pickle", "pytorch", "joblib");
    assertThat(p.block()).isEqualTo(ScanVerdict.SUSPICIOUS);
    assertThat(ModelPolicyLoader.parse("version: 1\nscan: {block: none}\n").block()).isNull();
    assertThat(ModelPolicyLoader.parse("version: 1\nlicenses: {approved: [MIT]}\n").licences().approves("mit"))
        .isTrue();
  }

  @Test
  void badPolicyFilesAreRefusedWithTheKeyAtFault() {
    assertBad("version: 1\nformat: {approved: [onnx]}\n", "format: unknown key");
    assertBad("version: 1\nsources: {approved: ['re:(unclosed']}\n", "sources.approved[0]", "regular expression");
    assertBad("version: 1\nbaseModels: {approved: ['meta llama']}\n", "baseModels.approved[0]");
    assertBad("version: 1\nbaseModels: {approved: ['a***']}\n", "***");
    assertBad("version: 1\nformats: {approved: [safetensors, pkl]}\n", "formats.approved[1]", "unknown format 'pkl'");
    assertBad("version: 1\nvendors: {approved: [meta], unknown: maybe}\n", "vendors.unknown");
    assertBad("version: 1\nvendors: {approved: [meta], colour: red}\n", "vendors.colour: unknown key");
    assertBad("vendors: {approved: [meta]}\n", "version");
    assertBad("version: 2\n", "version");
    assertBad("version: 1\nlicences: {approved: [1.0]}\n", "licences.approved[0]");
    assertBad("version: 1\nlicences: {approved: ['GPL 3']}\n", "not a licence id");
    assertBad("version: 1\nlicences: {approved: [MIT]}\nlicenses: {approved: [MIT]}\n", "one of the two spellings");
    assertBad("version: 1\nsources: {unknown: allow}\n", "sources: needs an approved list");
    assertBad("version: 1\nscan: {block: clean}\n", "scan.block");
    assertBad("version: 1\nname: a\nname: b\n", "not valid YAML");
    assertBad("- just\n- a list\n", "YAML mapping");
  }

  @Test
  void aMissingOrHugeFileIsNamed() throws Exception {
    assertThatThrownBy(() -> ModelPolicyLoader.load(dir.resolve("nope.yaml")))
        .isInstanceOf(ModelPolicyException.class).hasMessageContaining("nope.yaml").hasMessageContaining("no such file");
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, "version: 1\n# " + "x".repeat(ModelPolicyLoader.MAX_BYTES) + "\n");
    assertThatThrownBy(() -> ModelPolicyLoader.load(big)).hasMessageContaining("larger than");
  }

  private static void assertBad(String yaml, String... fragments) {
    assertThatThrownBy(() -> ModelPolicyLoader.parse(yaml)).as(yaml)
        .isInstanceOf(ModelPolicyException.class)
        .satisfies(e -> {
          for (String f : fragments) {
            assertThat(e.getMessage()).contains(f);
          }
        });
  }
}
