package dev.aispm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
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
    assertThat(out.toString()).contains("demo", "scan", "serve", "scan-files", "rules", "bench");
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

  @Test
  void benchmarkOptionsReachTheBenchmark() {
    // The rule benchmark validates its own options: a value below its minimum is its error, not a usage error.
    assertThat(run("bench", "rules", "--nodes", "5")).isEqualTo(2);
    assertThat(err.toString()).contains("--nodes must be at least");
    assertThat(run("bench", "nonsense")).isEqualTo(2);
  }

  @Test
  void rulesListPrintsTheCatalogue() {
    assertThat(run("rules", "list", "--format", "json")).isZero();
    assertThat(run("rules", "list", "--format", "yaml")).isEqualTo(2);
  }
}
