package dev.aispm.scanners.advisory;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code advisories update --from FILE|URL}: replaces the local advisory index with an OSV export
 * (a zip as osv.dev publishes per ecosystem, or OSV JSON / JSON lines) and reports what it kept;
 * {@code advisories show} reports what the current index holds. Exit 0 on success, 2 on a usage
 * error or input that is not a usable OSV export (the old index is then left as it was).
 */
public final class AdvisoriesCommand {
  static final String USAGE = "usage: advisories update --from FILE|URL | advisories show";

  private AdvisoriesCommand() {
  }

  /** Runs against the store of {@code AISPM_DATA_DIR}. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, AdvisoryStore.fromEnvironment());
  }

  /** Runs against a given store. */
  public static int run(String[] args, PrintStream out, PrintStream err, AdvisoryStore store) {
    if (args.length == 1 && args[0].equals("show")) {
      try {
        AdvisoryIndex index = store.load();
        boolean imported = java.nio.file.Files.isRegularFile(store.file());
        out.println(index.size() + " advisories in "
            + (imported ? store.file() : "the bundled AI/ML snapshot"));
        return 0;
      } catch (IOException | RuntimeException e) {
        err.println("advisories: the index " + store.file() + " could not be read: "
            + e.getMessage());
        return 2;
      }
    }
    String from = null;
    if (args.length >= 1 && args[0].equals("update")) {
      for (int i = 1; i < args.length; i++) {
        if (args[i].equals("--from") && i + 1 < args.length) {
          from = args[++i];
        } else if (args[i].startsWith("--from=")) {
          from = args[i].substring("--from=".length());
        } else {
          err.println("advisories: unknown argument " + args[i]);
          err.println(USAGE);
          return 2;
        }
      }
    }
    if (from == null || from.isBlank()) {
      err.println(USAGE);
      return 2;
    }
    try {
      AdvisoryStore.ImportResult result = store.update(from);
      out.println("Imported " + result.advisories().size() + " advisories from "
          + result.documents() + " OSV document(s) into " + store.file());
      for (Map.Entry<String, Integer> e : result.perEcosystem().entrySet()) {
        out.println("  " + e.getKey() + ": " + e.getValue());
      }
      if (result.foreign() > 0) {
        out.println("  skipped " + result.foreign() + " with no PyPI, npm or Maven package");
      }
      if (!result.problems().isEmpty()) {
        out.println("  " + result.problems().size() + " range(s) ignored, e.g. "
            + result.problems().get(0));
      }
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("advisories: " + e.getMessage() + "; the index was not changed");
      return 2;
    } catch (IOException e) {
      String what = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
      err.println("advisories: could not read " + from + ": " + what + "; the index was not changed");
      return 2;
    }
  }

  /** Entry point for a standalone run. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

}
