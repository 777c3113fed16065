package dev.aispm.scanners.policy.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.scanners.files.ScanFilesCommand;
import dev.aispm.scanners.model.pickle.PickleBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model gate through the command's entry point: exit codes and the findings in each format. */
class ScanFilesPolicyTest {
  @TempDir
  Path dir;
  private Path models;
  private Path policy;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void setUp() throws IOException {
    models = Files.createDirectories(dir.resolve("models"));
    policy = dir.resolve("policy.yaml");
    Files.writeString(policy, """
        version: 1
        name: ci
        sources: {approved: ['hf://meta-llama/*', 's3://approved/**'], unknown: allow}
        baseModels: {approved: ['meta-llama/Llama-3*'], unknown: allow}
        formats: {approved: [safetensors, gguf, onnx]}
        licences: {approved: [Apache-2.0, llama3], unknown: deny}
        """);
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return ScanFilesCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json"));
    run(all.toArray(String[]::new));
    return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
  }

  private List<String> rules(JsonNode report) {
    List<String> ids = new ArrayList<>();
    report.get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
    return ids;
  }

  @Test
  void anApprovedModelPassesAndAPickleFailsOnFormat() throws IOException {
    Files.write(models.resolve("model.safetensors"), ModelFiles.safetensors("{\"license\":\"apache-2.0\"}"));
    assertThat(run(models.toString(), "--policy", policy.toString())).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 model file(s) judged, 0 violation(s)");

    Files.write(models.resolve("weights.pt"), PickleBuilder.torchStateDict());
    JsonNode report = json(models.toString(), "--policy", policy.toString());
    assertThat(rules(report)).contains("policy.format-not-approved");
    JsonNode f = report.get("findings").get(rules(report).indexOf("policy.format-not-approved"));
    assertThat(f.get("location").asText()).endsWith("weights.pt");
    assertThat(f.get("details").get("format").asText()).isEqualTo("pytorch");
    assertThat(f.get("message").asText()).contains("pickle-based");
    // a violation fails the build whatever --fail-on says
    assertThat(run(models.toString(), "--policy", policy.toString(), "--fail-on", "critical")).isEqualTo(1);
  }

  @Test
  void aPyTorchZipIsJudgedAsOneModel() throws IOException {
    Path zip = models.resolve("ckpt.pt");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("ckpt/data.pkl"));
      z.write(PickleBuilder.torchStateDict());
      z.closeEntry();
    }
    JsonNode report = json(models.toString(), "--policy", policy.toString());
    assertThat(report.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("policy.format-not-approved");
      assertThat(f.get("location").asText()).endsWith("ckpt.pt");
      assertThat(f.get("details").get("format").asText()).isEqualTo("pytorch");
    });
  }

  @Test
  void licenceComesFromTheModelCardBesideTheFile() throws IOException {
    Files.write(models.resolve("model.safetensors"), ModelFiles.safetensors(null));
    // no licence anywhere: the policy refuses unknown licences
    assertThat(rules(json(models.toString(), "--policy", policy.toString())))
        .containsExactly("policy.licence-not-approved");
    Files.writeString(models.resolve("README.md"), "---\nlicense: cc-by-nc-4.0\nbase_model: meta-llama/Llama-3-8B\n"
        + "---\n# A fine-tune\n");
    JsonNode report = json(models.toString(), "--policy", policy.toString());
    assertThat(rules(report)).containsExactly("policy.licence-not-approved");
    assertThat(report.get("findings").get(0).get("details").get("refused").asText()).isEqualTo("cc-by-nc-4.0");
    assertThat(report.get("findings").get(0).get("details").get("metadataFrom").asText())
        .isEqualTo("model card front matter");
    Files.writeString(models.resolve("README.md"), "---\nlicense: apache-2.0\n---\n");
    assertThat(run(models.toString(), "--policy", policy.toString())).isZero();
  }

  @Test
  void baseModelComesFromGgufMetadataAndTheCardAndAdapterConfig() throws IOException {
    Files.write(models.resolve("m.gguf"), ModelFiles.gguf("general.license", "llama3",
        "general.base_model.0.repo_url", "https://huggingface.co/meta-llama/Llama-3.1-8B"));
    assertThat(run(models.toString(), "--policy", policy.toString())).isZero();

    Files.write(models.resolve("m.gguf"), ModelFiles.gguf("general.license", "llama3",
        "general.base_model.0.repo_url", "https://huggingface.co/someone/uncensored-7b"));
    JsonNode report = json(models.toString(), "--policy", policy.toString());
    assertThat(rules(report)).containsExactly("policy.base-model-not-approved");
    assertThat(report.get("findings").get(0).get("details").get("baseModel").asText())
        .isEqualTo("someone/uncensored-7b");

    Path adapter = Files.createDirectories(dir.resolve("adapter"));
    Files.write(adapter.resolve("adapter_model.safetensors"), ModelFiles.safetensors("{\"license\":\"Apache-2.0\"}"));
    Files.writeString(adapter.resolve("adapter_config.json"), "{\"base_model_name_or_path\": \"mistralai/Mistral-7B\"}");
    assertThat(rules(json(adapter.toString(), "--policy", policy.toString())))
        .containsExactly("policy.base-model-not-approved");
  }

  @Test
  void onnxMetadataPropsCarryTheLicence() throws IOException {
    Files.write(models.resolve("m.onnx"), ModelFiles.onnx("license", "MIT"));
    JsonNode report = json(models.toString(), "--policy", policy.toString());
    assertThat(rules(report)).containsExactly("policy.licence-not-approved");
    assertThat(report.get("findings").get(0).get("details").get("licence").asText()).isEqualTo("MIT");
    Files.write(models.resolve("m.onnx"), ModelFiles.onnx("license", "Apache-2.0"));
    assertThat(run(models.toString(), "--policy", policy.toString())).isZero();
  }

  @Test
  void theSourceFlagIsHeldToTheApprovedSources() throws IOException {
    Files.write(models.resolve("model.safetensors"), ModelFiles.safetensors("{\"license\":\"apache-2.0\"}"));
    assertThat(run(models.toString(), "--policy", policy.toString(), "--source",
        "https://huggingface.co/meta-llama/Llama-3-8B")).isZero();
    JsonNode report = json(models.toString(), "--policy", policy.toString(), "--source=hf://random/model");
    assertThat(rules(report)).containsExactly("policy.source-not-approved");
    assertThat(report.get("findings").get(0).get("details").get("source").asText()).isEqualTo("hf://random/model");
  }

  @Test
  void anUnsafeModelIsRefusedEvenInAnApprovedFormat() throws IOException {
    Path p = dir.resolve("pickles.yaml");
    Files.writeString(p, "version: 1\nformats: {approved: [pickle, pytorch]}\nscan: {block: suspicious}\n");
    Files.write(models.resolve("evil.pkl"), PickleBuilder.osSystemProtocol0());
    Files.write(models.resolve("fine.pkl"), PickleBuilder.torchStateDict());
    JsonNode report = json(models.toString(), "--policy", p.toString());
    List<JsonNode> policyFindings = new ArrayList<>();
    report.get("findings").forEach(f -> {
      if (f.get("ruleId").asText().startsWith("policy.")) {
        policyFindings.add(f);
      }
    });
    assertThat(policyFindings).singleElement().satisfies(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("policy.unsafe-model");
      assertThat(f.get("location").asText()).endsWith("evil.pkl");
      assertThat(f.get("details").get("scanVerdict").asText()).isEqualTo("malicious");
    });
  }

  @Test
  void sarifCarriesThePolicyRules() throws IOException {
    Files.write(models.resolve("weights.pkl"), PickleBuilder.torchStateDict());
    assertThat(run(models.toString(), "--policy", policy.toString(), "--format", "sarif")).isEqualTo(1);
    JsonNode sarif = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("rules")).anySatisfy(r -> {
      assertThat(r.get("id").asText()).isEqualTo("policy.format-not-approved");
      assertThat(r.get("properties").get("security-severity").asText()).isEqualTo("8.0");
    });
    assertThat(run.get("results")).anySatisfy(r -> {
      assertThat(r.get("ruleId").asText()).isEqualTo("policy.format-not-approved");
      assertThat(r.get("level").asText()).isEqualTo("error");
      assertThat(r.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
          .endsWith("weights.pkl");
    });
  }

  @Test
  void badPoliciesAndOptionsExitTwo() throws IOException {
    Files.write(models.resolve("model.safetensors"), ModelFiles.safetensors(null));
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "version: 1\nformat: {approved: [onnx]}\n");
    assertThat(run(models.toString(), "--policy", bad.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad model policy", "bad.yaml", "format: unknown key");
    assertThat(run(models.toString(), "--policy", dir.resolve("missing.yaml").toString())).isEqualTo(2);
    assertThat(run(models.toString(), "--source", "hf://a/b")).isEqualTo(2);
    assertThat(run(models.toString(), "--policy")).isEqualTo(2);
  }

  @Test
  void withoutAPolicyNothingIsJudged() throws IOException {
    Files.write(models.resolve("model.safetensors"), ModelFiles.safetensors(null));
    assertThat(run(models.toString())).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("model policy");
  }
}
