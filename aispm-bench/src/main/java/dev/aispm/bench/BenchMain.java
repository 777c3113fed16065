package dev.aispm.bench;

import dev.aispm.bench.api.FindingsLoadBenchmark;
import dev.aispm.bench.graph.IngestBenchmark;
import dev.aispm.bench.misuse.MisuseBenchmark;
import dev.aispm.bench.rules.RulePassBenchmark;
import dev.aispm.bench.scanners.ModelScanBenchmark;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * Runs one benchmark by name and prints its figures. Performance targets live in these
 * benchmarks, never in timed unit tests; {@code bench/run} (and {@code ./aispm bench}) start it.
 */
public final class BenchMain {
  private BenchMain() {}

  static final String USAGE = """
      usage: bench/run NAME [options]
        ingest [--nodes N] [--batch B]     graph ingestion vs the raw driver floor
        rules [--nodes N]                  a full rule pass over a synthetic graph
        models [--size-mb N]               model scanning MB/s vs plain reading
        findings-load [--findings N] [--clients C] [--seconds S] [--warmup W]
                                           GET /api/v1/findings under concurrent clients
        misuse [--events N] [--seed S]     CloudTrail records through parse -> detect -> graph
      (secret scanning against secretlint: bench/secrets-vs-secretlint.sh)""";

  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the benchmark {@code args[0]} with the rest as its options.
   *
   * @return 0 when it ran, 2 for an unknown benchmark or options it refused
   */
  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      (args.length == 0 ? err : out).println(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      switch (args[0]) {
        case "ingest" -> IngestBenchmark.run(rest, out);
        case "rules" -> RulePassBenchmark.run(rest, out);
        case "models" -> ModelScanBenchmark.run(rest, out);
        case "findings-load" -> FindingsLoadBenchmark.run(rest, out);
        case "misuse" -> MisuseBenchmark.run(rest, out);
        default -> {
          err.println("bench: unknown benchmark '" + args[0] + "'\n" + USAGE);
          return 2;
        }
      }
    } catch (IllegalArgumentException e) {
      err.println("bench " + args[0] + ": " + e.getMessage());
      return 2;
    }
    return 0;
  }
}
