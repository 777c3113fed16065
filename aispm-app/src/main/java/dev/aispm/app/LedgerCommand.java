package dev.aispm.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.posture.provenance.LedgerChain;
import dev.aispm.posture.provenance.LedgerEntry;
import dev.aispm.posture.provenance.ProvenanceLedger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aispm ledger verify} and {@code aispm ledger show}: the provenance ledger each scan
 * appends to (docs/provenance.md). Verification recomputes the hash chain from the stored text,
 * in the graph or in an exported file, so a changed, removed or reordered entry is named.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true,
    description = "Verify or show the provenance ledger of training inputs and model lineage.",
    subcommands = {LedgerCommand.Verify.class, LedgerCommand.Show.class})
final class LedgerCommand implements Runnable {
  private static final ObjectMapper JSON = new ObjectMapper();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: verify or show");
  }

  /** Recomputes the chain; exit 0 intact, 1 broken (naming the first broken entry), 2 usage or I/O. */
  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Recompute the hash chain: exit 0 when intact, 1 naming the first broken entry.")
  static final class Verify implements Callable<Integer> {
    @Option(names = "--file", paramLabel = "FILE",
        description = "Verify an export (`ledger show --format json`) instead of the graph, with no graph at all.")
    Path file;

    @Option(names = "--head", paramLabel = "HASH",
        description = "The hash the ledger must end with (one kept elsewhere), to detect a rewrite of the whole chain.")
    String head;

    @Override
    public Integer call() throws IOException {
      LedgerChain.Verification v;
      if (file != null) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          v = LedgerChain.verify(fromLines(in), -1, null);
        } catch (UncheckedIOException e) {
          System.err.println("aispm: " + file + ": " + e.getCause().getMessage());
          return 2;
        } catch (IOException e) {
          System.err.println("aispm: cannot read " + file + ": " + e.getMessage());
          return 2;
        }
      } else {
        try (GraphConnection graph = AppRuntime.openGraph(AppRuntime.environment())) {
          v = new ProvenanceLedger(graph).verify();
        }
      }
      return report(v, head, System.out);
    }
  }

  /** Prints entries, as a table or as JSON lines (the export format {@code verify --file} reads). */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Print ledger entries.")
  static final class Show implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scan", paramLabel = "ID", description = "Entries of one scan.")
    String scan;

    @Option(names = "--subject", paramLabel = "URI", description = "Entries about one training job or model (its id).")
    String subject;

    @Option(names = "--format", paramLabel = "table|json",
        description = "table, or json: one entry per line with its canonical text and hashes (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Option(names = "--limit", paramLabel = "N", description = "Entries printed at most (default: ${DEFAULT-VALUE}).")
    int limit = 1000;

    @Override
    public Integer call() throws IOException {
      if (!format.equals("table") && !format.equals("json")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--format must be table or json");
      }
      if (limit < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
      }
      List<LedgerEntry> entries;
      try (GraphConnection graph = AppRuntime.openGraph(AppRuntime.environment())) {
        entries = new ProvenanceLedger(graph).entries(scan, subject, limit);
      }
      if (format.equals("json")) {
        for (LedgerEntry e : entries) {
          System.out.println(JSON.writeValueAsString(line(e)));
        }
      } else {
        print(entries, System.out);
      }
      return 0;
    }
  }

  static int report(LedgerChain.Verification v, String expectedHead, PrintStream out) {
    if (!v.intact()) {
      LedgerEntry e = v.broken();
      out.printf("ledger broken at entry %d (scan %s, %s %s): %s%n", e.seq(), e.scanId(), e.subjectType(),
          e.subject(), v.problem());
      out.printf("%d entries before it verify%n", v.entries());
      return 1;
    }
    if (expectedHead != null && !expectedHead.equalsIgnoreCase(v.headHash())) {
      out.printf("ledger does not end at %s: its %d entries end at %s (rewritten or cut)%n", expectedHead,
          v.entries(), v.headHash());
      return 1;
    }
    out.printf("ledger intact: %d entries, head %s%n", v.entries(), v.headHash());
    return 0;
  }

  static void print(List<LedgerEntry> entries, PrintStream out) {
    if (entries.isEmpty()) {
      out.println("no ledger entries");
      return;
    }
    out.printf("%-6s %-40s %-11s %-16s %s%n", "SEQ", "SCAN", "TYPE", "HASH", "SUBJECT");
    for (LedgerEntry e : entries) {
      out.printf("%-6d %-40s %-11s %-16s %s%n", e.seq(), e.scanId(), e.subjectType(), e.hash().substring(0, 16),
          e.subject());
      out.println("       " + summary(e));
    }
  }

  // One readable line of what the entry holds: a job's end and inputs, a model's lineage.
  private static String summary(LedgerEntry e) {
    JsonNode body;
    try {
      body = JSON.readTree(e.entry());
    } catch (IOException ex) {
      return "(entry is not JSON)";
    }
    if ("TrainingJob".equals(e.subjectType())) {
      int objects = 0;
      int unlisted = 0;
      for (JsonNode in : body.path("inputs")) {
        objects += in.path("objects").size();
        unlisted += in.path("complete").asBoolean(false) ? 0 : 1;
      }
      return "ended " + body.path("endedAt").asText("-") + "; " + body.path("inputs").size() + " input(s), "
          + objects + " object(s)" + (unlisted > 0 ? ", " + unlisted + " not listed in full" : "")
          + "; produced " + body.path("produced");
    }
    return "lineage " + body.path("lineage").asText("-") + "; jobs " + body.path("trainingJobs")
        + "; artifacts " + body.path("artifacts").size();
  }

  static Map<String, Object> line(LedgerEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seq", e.seq());
    m.put("scanId", e.scanId());
    m.put("subject", e.subject());
    m.put("subjectType", e.subjectType());
    m.put("entry", e.entry());
    m.put("prevHash", e.prevHash());
    m.put("hash", e.hash());
    return m;
  }

  /** Entries from JSON lines, read one at a time; a line that is not an entry is a broken entry, not a crash. */
  static Iterator<LedgerEntry> fromLines(BufferedReader in) {
    return new Iterator<>() {
      private LedgerEntry next;
      private long lineNo;

      @Override
      public boolean hasNext() {
        while (next == null) {
          String line;
          try {
            line = in.readLine();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (line == null) {
            return false;
          }
          lineNo++;
          if (line.isBlank()) {
            continue;
          }
          next = parse(line, lineNo);
        }
        return true;
      }

      @Override
      public LedgerEntry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        LedgerEntry e = next;
        next = null;
        return e;
      }
    };
  }

  private static LedgerEntry parse(String line, long lineNo) {
    try {
      JsonNode n = JSON.readTree(line);
      return new LedgerEntry(n.path("seq").asLong(-1), n.path("scanId").asText(null), n.path("subject").asText(null),
          n.path("subjectType").asText(null), n.path("entry").asText(""), n.path("prevHash").asText(""),
          n.path("hash").asText(""));
    } catch (IOException e) {
      // Position -1 never matches: the verifier names the line's entry as out of place.
      return new LedgerEntry(-1, "line " + lineNo, "not JSON", null, "", "", "");
    }
  }
}
