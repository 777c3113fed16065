package dev.aispm.scanners.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.model.pickle.PickleBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanFilesCommandTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ScanFilesCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void cleanFolderExitsZero() throws IOException {
    Files.write(dir.resolve("state.pkl"), PickleBuilder.torchStateDict());
    Files.writeString(dir.resolve("README.md"), "weights for a tiny net\n");
    assertThat(run(dir.toString())).isZero();
    assertThat(stdout()).contains("No findings.");
  }

  @Test
  void dangerousModelExitsOneAndIsListed() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("models"));
    Files.write(sub.resolve("evil.bin"), PickleBuilder.osSystemProtocol0());
    assertThat(run(dir.toString())).isEqualTo(1);
    assertThat(stdout()).contains("CRITICAL", "model.pickle.dangerous-global", "evil.bin");
  }

  @Test
  void thresholdDecidesTheExitCode() throws IOException {
    // An extension-code import is a medium finding.
    Path file = dir.resolve("ext.pkl");
    Files.write(file, new PickleBuilder().proto(2).ext1(7).emptyTuple().reduce().stop()
        .toBytes());
    assertThat(run(file.toString())).isZero();
    assertThat(run(file.toString(), "--fail-on", "medium")).isEqualTo(1);
    assertThat(run(file.toString(), "--fail-on=high")).isZero();
    // A class off the allowlist is high, so the default threshold fails it.
    Path custom = dir.resolve("custom.pkl");
    Files.write(custom, new PickleBuilder().proto(2).global("mypkg", "Net").emptyTuple().newObj()
        .stop().toBytes());
    assertThat(run(custom.toString())).isEqualTo(1);
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("x", "--format", "xml")).isEqualTo(2);
    assertThat(run("x", "--fail-on", "info")).isEqualTo(2);
    assertThat(run("x", "--bogus")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: scan-files");
  }

  @Test
  void missingTargetExitsTwoEvenWhenOthersAreClean() throws IOException {
    Path ok = dir.resolve("ok.pkl");
    Files.write(ok, PickleBuilder.torchStateDict());
    assertThat(run(ok.toString(), dir.resolve("missing.pt").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.pt");
  }

  @Test
  void jsonReportListsFindings() throws IOException {
    Path file = dir.resolve("evil.pkl");
    Files.write(file, PickleBuilder.systemProtocol4());
    assertThat(run(file.toString(), "--format", "json")).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(stdout());
    JsonNode f = root.get("findings").get(0);
    assertThat(f.get("ruleId").asText()).isEqualTo("model.pickle.dangerous-global");
    assertThat(f.get("severity").asText()).isEqualTo("critical");
    assertThat(f.get("details").get("global").asText()).isEqualTo("posix.system");
  }

  @Test
  void sarifReportCarriesSecuritySeverity() throws IOException {
    Path file = dir.resolve("evil.pkl");
    Files.write(file, PickleBuilder.systemProtocol4());
    assertThat(run(file.toString(), "--format", "sarif")).isEqualTo(1);
    JsonNode run = new ObjectMapper().readTree(stdout()).get("runs").get(0);
    JsonNode rule = run.get("tool").get("driver").get("rules").get(0);
    assertThat(rule.get("id").asText()).isEqualTo("model.pickle.dangerous-global");
    assertThat(rule.get("properties").get("security-severity").asText()).isEqualTo("9.5");
    assertThat(run.get("results").get(0).get("level").asText()).isEqualTo("error");
  }

  @Test
  void pluggedResolverServesUris() {
    // Stands in for the application's s3:// resolver: the command must route URIs to it.
    byte[] payload = PickleBuilder.osSystemProtocol0();
    SourceResolver fake = new SourceResolver() {
      @Override
      public boolean handles(String target) {
        return target.startsWith("s3://");
      }

      @Override
      public void resolve(String target, Consumer<ContentSource> sources) {
        sources.accept(new ContentSource() {
          @Override
          public String location() {
            return target + "model.pkl";
          }

          @Override
          public long size() {
            return payload.length;
          }

          @Override
          public InputStream open() {
            return new ByteArrayInputStream(payload);
          }
        });
      }
    };
    int code = ScanFilesCommand.run(new String[] {"s3://bucket/prefix/"},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), List.of(fake),
        ContentScanEngine.withInstalledScanners(ScanLimits.defaults()));
    assertThat(code).isEqualTo(1);
    assertThat(stdout()).contains("s3://bucket/prefix/model.pkl");
  }

  @Test
  void functionPackageReportsAiUsageAndVulnerableAiPackages() throws IOException {
    byte[] zip = dev.aispm.scanners.packages.Archives.of()
        .text("handler.py", "from anthropic import Anthropic\n")
        .dist("", "mlflow", "2.2.0")
        .zip();
    Path file = dir.resolve("function.zip");
    Files.write(file, zip);
    assertThat(run(file.toString(), "--format", "json")).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(stdout());
    List<String> rules = new java.util.ArrayList<>();
    report.path("findings").forEach(f -> rules.add(f.path("ruleId").asText()));
    assertThat(rules).contains("ai-usage.package", "ai-usage.code", "ai-tooling.vulnerable");
    JsonNode critical = java.util.stream.StreamSupport.stream(report.path("findings").spliterator(), false)
        .filter(f -> f.path("details").path("advisory").asText().equals("GHSA-xg73-94fp-g449"))
        .findFirst().orElseThrow();
    assertThat(critical.path("severity").asText()).isEqualTo("critical");
    assertThat(critical.path("details").path("fixedVersion").asText()).isEqualTo("2.2.1");
    assertThat(critical.path("location").asText()).endsWith("function.zip!/mlflow-2.2.0.dist-info/METADATA");
  }

  @Test
  void aiUsageAloneIsBelowTheDefaultThreshold() throws IOException {
    Files.writeString(dir.resolve("app.py"), "import openai\n");
    assertThat(run(dir.toString())).isZero();
    assertThat(stdout()).contains("ai-usage.code", "openai");
    assertThat(run(dir.toString(), "--fail-on", "low")).isEqualTo(1);
  }

  @Test
  void sarifCarriesTheAdvisorySeverity() throws IOException {
    Path file = dir.resolve("fn.zip");
    Files.write(file, dev.aispm.scanners.packages.Archives.of().dist("", "gradio", "3.50.0").zip());
    assertThat(run(file.toString(), "--format", "sarif")).isEqualTo(1);
    JsonNode run = new ObjectMapper().readTree(stdout()).path("runs").get(0);
    List<String> ids = new java.util.ArrayList<>();
    run.path("tool").path("driver").path("rules").forEach(r -> ids.add(r.path("id").asText()));
    assertThat(ids).contains("ai-usage.package", "ai-tooling.vulnerable");
    JsonNode vulnerable = java.util.stream.StreamSupport.stream(
        run.path("tool").path("driver").path("rules").spliterator(), false)
        .filter(r -> r.path("id").asText().equals("ai-tooling.vulnerable")).findFirst().orElseThrow();
    // gradio 3.50.0 is below the fix of PYSEC-2023-249 (CVSS 7.5, high)
    assertThat(vulnerable.path("properties").path("security-severity").asText()).isEqualTo("8.0");
  }
}
