package dev.aispm.bench.scanners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's own commands: a generated set, aispm's report and its scoring, and secretlint's. */
class SecretScanBenchmarkTest {

  private static String run(String... args) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SecretScanBenchmark.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void findsEveryPlantedSecretAndNothingElse(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("train.jsonl");
    assertThat(run("generate", data.toString(), "2", "5")).contains("planted secrets");
    List<String> planted = Files.readAllLines(Path.of(data + ".planted.tsv"));
    assertThat(planted).hasSizeGreaterThan(10);

    Path report = dir.resolve("aispm.tsv");
    assertThat(run("scan", data.toString(), report.toString()))
        .contains("MB/s; secret findings " + planted.size());
    assertThat(Files.readAllLines(report)).hasSize(planted.size())
        .allMatch(row -> row.matches("[0-9]+\tsecret\\.[a-z0-9-]+"));
    assertThat(run("score-aispm", report.toString(), data + ".planted.tsv"))
        .contains("planted found " + planted.size() + "/" + planted.size())
        .contains("findings on unplanted lines 0");
  }

  @Test
  void scoresASecretlintReportByLine(@TempDir Path dir) throws IOException {
    Path planted = dir.resolve("p.tsv");
    Files.writeString(planted, "3\tgithub\n7\tslack\n9\tgithub\n");
    Path report = dir.resolve("r.json");
    Files.writeString(report, "[{\"filePath\":\"x\",\"messages\":["
        + "{\"loc\":{\"start\":{\"line\":3,\"column\":1}}},{\"loc\":{\"start\":{\"line\":8}}}]}]");
    String out = run("score-secretlint", report.toString(), planted.toString());
    assertThat(out).contains("planted found 1/3, findings 2, findings on unplanted lines 1")
        .contains("github").contains("1/2");
  }

  @Test
  void scoresAScanFilesReportBySecretFindings(@TempDir Path dir) throws IOException {
    Path planted = dir.resolve("p.tsv");
    Files.writeString(planted, "3\tgithub\n7\tslack\n");
    Path report = dir.resolve("r.json");
    Files.writeString(report, "{\"targets\":[\"x\"],\"findings\":["
        + "{\"ruleId\":\"secret.github-token\",\"line\":3},"
        + "{\"ruleId\":\"pii.email\",\"line\":7},"
        + "{\"ruleId\":\"secret.generic-secret\",\"line\":9}],\"errors\":[]}");
    String out = run("score-scan-files", report.toString(), planted.toString());
    assertThat(out).contains("aispm scan-files: planted found 1/2, findings 2, findings on unplanted lines 1");
  }

  @Test
  void formatsFiguresWithoutAFormatter() {
    assertThat(SecretScanBenchmark.fixed(161.04, 1)).isEqualTo("161.0");
    assertThat(SecretScanBenchmark.fixed(0.305, 2)).isEqualTo("0.31");
    assertThat(SecretScanBenchmark.fixed(2.0, 2)).isEqualTo("2.00");
    assertThat(SecretScanBenchmark.fixed(0.049, 1)).isEqualTo("0.0");
  }
}
