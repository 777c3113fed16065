package dev.aispm.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.posture.diff.ScanDiff;
import dev.aispm.posture.diff.ScanSnapshot;
import dev.aispm.posture.diff.ScanSnapshots;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Compares two scans from the snapshots recorded as each ended: assets, relationships and
 * findings added, removed and changed. The same comparison as
 * {@code GET /api/v1/scans/{a}/diff/{b}}.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "What changed between two scans: assets, relationships and findings added, removed, changed.")
final class DiffCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCAN_A", description = "The earlier scan id.")
  String a;

  @Parameters(index = "1", paramLabel = "SCAN_B", description = "The later scan id.")
  String b;

  @Option(names = "--format", paramLabel = "table|json", description = "Output format (default: ${DEFAULT-VALUE}).")
  String format = "table";

  @Option(names = "--limit", paramLabel = "N", description = "Entries listed per list at most (default: ${DEFAULT-VALUE}).")
  int limit = 200;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("table") && !format.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be table or json");
    }
    if (limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
    }
    try (GraphConnection graph = AppRuntime.openGraph(AppRuntime.environment())) {
      ScanSnapshots snapshots = new ScanSnapshots(graph);
      ScanSnapshot from = snapshots.load(a).orElse(null);
      ScanSnapshot to = snapshots.load(b).orElse(null);
      List<String> missing = new ArrayList<>();
      if (from == null) {
        missing.add(a);
      }
      if (to == null) {
        missing.add(b);
      }
      for (String id : missing) {
        System.err.println("aispm: no snapshot of scan " + id
            + " (unknown, still running, or ended before snapshots were recorded)");
      }
      if (!missing.isEmpty()) {
        return 2;
      }
      ScanDiff diff = ScanDiff.of(from, to, limit);
      if (format.equals("json")) {
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(diff));
      } else {
        print(diff, System.out);
      }
      return 0;
    }
  }

  static void print(ScanDiff d, PrintStream out) {
    out.printf("Changes from %s to %s%n%n", d.from(), d.to());
    section(out, "Assets", d.assets(), s -> s);
    section(out, "Relationships", d.edges(), s -> s.replace('\t', ' '));
    section(out, "Findings", d.findings(), f -> f.id() + "  " + f.ruleId() + " on " + f.resourceId() + "  "
        + (f.severityBefore() == null ? "" : f.severityBefore() + "/" + f.statusBefore()) + " -> "
        + (f.severityAfter() == null ? "" : f.severityAfter() + "/" + f.statusAfter()));
  }

  private static <T> void section(PrintStream out, String title, ScanDiff.Section<T> s,
      java.util.function.Function<T, String> line) {
    out.printf("%s: %d added, %d removed, %d changed%n", title, s.addedCount(), s.removedCount(), s.changedCount());
    s.added().forEach(x -> out.println("  + " + line.apply(x)));
    s.removed().forEach(x -> out.println("  - " + line.apply(x)));
    s.changed().forEach(x -> out.println("  ~ " + line.apply(x)));
    if (s.truncated()) {
      out.println("  (lists cut; raise --limit to see more)");
    }
    out.println();
  }
}
