package dev.aispm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AispmCommandLineTest {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cli = Aispm.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpListsEverySubcommand() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("demo", "scan", "serve", "scan-files", "rules",
        "advisories", "ledger");
  }

  @Test
  void anUnknownSubcommandOrFlagPrintsUsageAndExits2() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("Usage:");
    assertThat(run("demo", "--no-such-flag")).isEqualTo(2);
    assertThat(run("demo", "--port", "many")).isEqualTo(2);
  }

  @Test
  void noSubcommandIsAUsageError() {
    assertThat(run()).isEqualTo(2);
  }

  @Test
  void scanWithoutOnceIsAUsageError() {
    assertThat(run("scan")).isEqualTo(2);
    assertThat(err.toString()).contains("--once");
  }

  /**
   * The entry point hands scan-files to the scanners before the command line is built; both ways
   * give the scanners' exit codes and report.
   */
  @Test
  void scanFilesReportsAPlantedSecretWithOrWithoutTheCommandLine(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("app.env");
    Files.writeString(file, "DB_PASSWORD=\"q8Zr2mXv9LpT4wKs7Nd3\"\n");
    ByteArrayOutputStream direct = new ByteArrayOutputStream();
    PrintStream directOut = new PrintStream(direct, true, StandardCharsets.UTF_8);
    assertThat(ScanFilesCommand.run(new String[] {file.toString(), "--fail-on", "medium"},
        directOut, directOut)).isEqualTo(1);
    assertThat(direct.toString(StandardCharsets.UTF_8)).contains("secret.generic-secret")
        .doesNotContain("q8Zr2mXv9LpT4wKs7Nd3");
    assertThat(ScanFilesCommand.run(new String[] {"--help"}, directOut, directOut)).isZero();
    assertThat(ScanFilesCommand.run(new String[] {}, directOut, directOut)).isEqualTo(2);

    assertThat(run("scan-files", dir.resolve("missing.txt").toString())).isEqualTo(2);
  }

  /** The model gate through the launcher's command line: a pickle is outside a default policy. */
  @Test
  void scanFilesWithAPolicyGatesModelFiles(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("state.pkl");
    // protocol 2: PROTO 2, EMPTY_DICT, BINPUT 0, STOP
    Files.write(model, new byte[] {(byte) 0x80, 2, '}', 'q', 0, '.'});
    Path policy = dir.resolve("policy.yaml");
    Files.writeString(policy, "version: 1\n");
    assertThat(run("scan-files", model.toString(), "--policy", policy.toString())).isEqualTo(1);
    assertThat(run("scan-files", model.toString())).isZero();
    Files.writeString(policy, "version: 1\nformat: {approved: [pickle]}\n");
    assertThat(run("scan-files", model.toString(), "--policy", policy.toString())).isEqualTo(2);
  }

  @Test
  void rulesListPrintsTheCatalogue() {
    assertThat(run("rules", "list", "--format", "json")).isZero();
    assertThat(run("rules", "list", "--format", "yaml")).isEqualTo(2);
  }

  @Test
  void advisoriesUpdateNeedsASourceAndShowReadsTheIndex() {
    assertThat(run("advisories")).isEqualTo(2);
    assertThat(run("advisories", "update", "--from")).isEqualTo(2);
    assertThat(run("advisories", "show")).isZero();
  }

  /** An exported ledger is verified with no graph at all; a forged line is named, a missing file is exit 2. */
  @Test
  void ledgerVerifyChecksAnExportOffline(@TempDir Path dir) throws IOException {
    assertThat(run("ledger")).isEqualTo(2);
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    StringBuilder lines = new StringBuilder();
    String prev = dev.aispm.posture.provenance.LedgerChain.GENESIS;
    for (int i = 1; i <= 3; i++) {
      String text = dev.aispm.posture.provenance.CanonicalJson.write(java.util.Map.of("seq", (long) i,
          "scanId", "scan-" + i, "subject", "job-" + i, "subjectType", "TrainingJob", "etag", "e" + i));
      String hash = dev.aispm.posture.provenance.LedgerChain.hash(prev, text);
      lines.append(json.writeValueAsString(LedgerCommand.line(new dev.aispm.posture.provenance.LedgerEntry(
          i, "scan-" + i, "job-" + i, "TrainingJob", text, prev, hash)))).append('\n');
      prev = hash;
    }
    Path file = dir.resolve("ledger.jsonl");
    Files.writeString(file, lines);
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      assertThat(run("ledger", "verify", "--file", file.toString())).isZero();
      assertThat(run("ledger", "verify", "--file", file.toString(), "--head", prev)).isZero();
      assertThat(run("ledger", "verify", "--file", file.toString(), "--head", "0".repeat(64))).isEqualTo(1);
      Files.writeString(file, lines.toString().replace("\\\"etag\\\":\\\"e2", "\\\"etag\\\":\\\"e9"));
      assertThat(run("ledger", "verify", "--file", file.toString())).isEqualTo(1);
      assertThat(run("ledger", "verify", "--file", dir.resolve("missing.jsonl").toString())).isEqualTo(2);
    } finally {
      System.setOut(original);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("ledger intact: 3 entries",
        "ledger broken at entry 2 (scan scan-2, TrainingJob job-2)");
  }
}
