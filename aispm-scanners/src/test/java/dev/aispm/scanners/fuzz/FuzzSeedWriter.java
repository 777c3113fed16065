package dev.aispm.scanners.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@link FuzzFixtures} as the fuzz tests' seed corpus. Run after changing the fixtures:
 * {@code java -cp <test class path> dev.aispm.scanners.fuzz.FuzzSeedWriter
 * aispm-scanners/src/test/resources/dev/aispm/scanners/fuzz/ParserFuzzTestInputs}.
 */
public final class FuzzSeedWriter {
  private FuzzSeedWriter() {
  }

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    for (Map.Entry<FuzzTarget, Map<String, byte[]>> e : FuzzFixtures.all().entrySet()) {
      Path dir = root.resolve(methodName(e.getKey()));
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> seed : e.getValue().entrySet()) {
        Files.write(dir.resolve("seed-" + seed.getKey()), seed.getValue());
      }
    }
  }

  /** {@code SAVED_MODEL} is fuzzed by {@code savedModel}. */
  static String methodName(FuzzTarget t) {
    String[] parts = t.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder b = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return b.toString();
  }
}
