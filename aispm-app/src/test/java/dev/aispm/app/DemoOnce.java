package dev.aispm.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One {@code ./aispm demo --once} per test JVM, for the tests that only read what it left: its
 * summary, its report folder and the graph under {@code data/demo}. Each demo scans three simulated
 * clouds into a fresh embedded Neo4j, runs every rule and shuts the graph down; one is enough for
 * tests that change none of it, and a test that writes to the graph takes a copy of its folder
 * ({@link #copyGraphTo}). Nothing depends on who asks first, so each test still runs alone.
 */
final class DemoOnce {
  private static DemoOnce run;

  /** The folder holding {@code data/} and {@code report/}. */
  final Path dir;
  /** The command's exit code. */
  final int exitCode;
  /** What the demo printed. */
  final String summary;

  private DemoOnce(Path dir, int exitCode, String summary) {
    this.dir = dir;
    this.exitCode = exitCode;
    this.summary = summary;
  }

  /** The demo's run, made on the first call. */
  static synchronized DemoOnce get() {
    if (run == null) {
      run = start();
    }
    return run;
  }

  /** The demo's report folder: {@code findings.json}, {@code inventory.json}, {@code scan.json}, {@code summary.txt}. */
  Path report() {
    return dir.resolve("report");
  }

  /** The data folder the later commands read the demo's graph from (the demo keeps it under {@code demo/}). */
  Path graphData() {
    return dir.resolve("data/demo");
  }

  /**
   * Copies the demo's graph folder into {@code dataDir} (an {@code AISPM_DATA_DIR}), for a test that
   * changes the graph. The demo shut its database down cleanly, so the copy opens as it was left.
   */
  void copyGraphTo(Path dataDir) throws IOException {
    Path from = graphData();
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path to = dataDir.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }

  /** The id of the demo's scan, from its {@code scan.json}. */
  String scanId() throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(report().resolve("scan.json").toFile())
        .get("scanId").asText();
  }

  private static DemoOnce start() {
    Path dir;
    try {
      dir = Files.createTempDirectory("aispm-demo-once");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
    System.setProperty("AISPM_DATA_DIR", dir.resolve("data").toString());
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      code = Aispm.commandLine().execute("demo", "--once", "--out", dir.resolve("report").toString());
    } finally {
      System.setOut(original);
      System.clearProperty("AISPM_DATA_DIR");
    }
    return new DemoOnce(dir, code, captured.toString(StandardCharsets.UTF_8));
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind at exit is harmless.
    }
  }
}
