package dev.aispm.scanners.fuzz;

import java.util.Locale;

/**
 * Entry point for long fuzzing runs with Jazzer's own driver, outside Maven and JUnit, so one
 * JVM fuzzes one target for hours without a build around it (docs/fuzzing.md). The target is the
 * system property {@code aispm.fuzz.target}, a {@link FuzzTarget} name such as {@code pickle}
 * or {@code saved_model} (the JUnit method name, {@code savedModel}, works too).
 */
public final class StandaloneFuzzer {
  private static final FuzzTarget TARGET = FuzzTarget.valueOf(
      System.getProperty("aispm.fuzz.target", "pickle").replaceAll("([a-z])([A-Z])", "$1_$2")
          .toUpperCase(Locale.ROOT).replace('-', '_'));

  private StandaloneFuzzer() {
  }

  /**
   * Called by Jazzer once before fuzzing: loads and instruments the parser's classes on an empty
   * and a small input, so that start-up (Jackson alone takes seconds to instrument on a loaded
   * machine) is not mistaken for a hang on the first input.
   */
  public static void fuzzerInitialize() {
    TARGET.check(new byte[0]);
    FuzzFixtures.all().get(TARGET).values().forEach(TARGET::check);
  }

  /** Called by Jazzer for every input. */
  public static void fuzzerTestOneInput(byte[] data) {
    TARGET.check(data);
  }
}
