package dev.aispm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchMainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws Exception {
    return BenchMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void optionsReachTheBenchmarkWhichRefusesABadOne() throws Exception {
    assertThat(run("rules", "--nodes", "5")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--nodes must be at least");
  }

  @Test
  void anUnknownBenchmarkOrNoneIsAUsageError() throws Exception {
    assertThat(run("nonsense")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown benchmark 'nonsense'", "findings-load");
    assertThat(run()).isEqualTo(2);
  }

  @Test
  void helpListsEveryBenchmark() throws Exception {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("ingest", "rules", "models", "findings-load");
  }

  @Test
  void theModelBenchmarkRunsOnASmallModel() throws Exception {
    assertThat(run("models", "--size-mb", "1")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).containsIgnoringCase("MB/s");
  }
}
