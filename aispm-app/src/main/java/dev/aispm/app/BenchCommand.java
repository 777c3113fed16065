package dev.aispm.app;

import dev.aispm.graph.bench.IngestBenchmark;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * Runs a benchmark and prints its figures. Performance targets live here, never in timed unit
 * tests. {@code ingest}: graph ingestion against the raw driver floor.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Run a benchmark and print its figures:",
        "  ingest [--nodes N] [--batch B]   graph ingestion vs the raw driver floor",
        "  rules [--nodes N]                a full rule pass over a synthetic graph",
        "  models [--size-mb N]             model scanning MB/s vs plain reading"})
final class BenchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NAME", description = "ingest, rules or models")
  String name;

  /** The benchmark's own options, passed through as given. */
  @Unmatched
  List<String> args = new java.util.ArrayList<>();

  @Override
  public Integer call() throws Exception {
    String[] rest = args.toArray(String[]::new);
    switch (name) {
      case "ingest" -> IngestBenchmark.run(rest, System.out);
      case "rules" -> dev.aispm.rules.bench.RulePassBenchmark.run(rest, System.out);
      case "models" -> dev.aispm.scanners.bench.ModelScanBenchmark.run(rest, System.out);
      default -> {
        System.err.println("aispm bench: unknown benchmark '" + name + "' (ingest, rules, models)");
        return 2;
      }
    }
    return 0;
  }
}
