package dev.aispm.scanners.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.aispm.scanners.core.ContentFinding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand mutated model and data files from the format fixtures, with a fixed seed: none
 * may crash a parser, hang it or let an exception escape, and every one a parser cannot read
 * must say so in a finding. Each file goes to its own format's parser and through the whole
 * engine (identification by bytes, containers, every scanner that accepts it).
 */
class MutatedFilesTest {
  private static final int FILES = 10_000;
  private static final long SEED = 20_261_206L;
  /** Far above any honest parse of these small files: slower means a hang. */
  private static final long SLOW_NANOS = Duration.ofSeconds(5).toNanos();

  @Test
  void tenThousandMutatedFilesNeverCrashHangOrEscape() {
    List<Map.Entry<FuzzTarget, byte[]>> seeds = FuzzFixtures.flat();
    Random r = new Random(SEED);
    List<String> failures = new ArrayList<>();
    int[] unreadableReported = {0};
    assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
      for (int i = 0; i < FILES; i++) {
        Map.Entry<FuzzTarget, byte[]> seed = seeds.get(i % seeds.size());
        byte[] other = seeds.get(r.nextInt(seeds.size())).getValue();
        byte[] mutated = Mutator.mutate(seed.getValue(), other, r);
        long start = System.nanoTime();
        try {
          List<ContentFinding> own = seed.getKey().check(mutated);
          FuzzTarget.ARCHIVE.check(mutated);
          if (own.stream().anyMatch(f -> f.ruleId().endsWith("unparseable")
              || f.ruleId().endsWith("malformed") || f.ruleId().endsWith("truncated"))) {
            unreadableReported[0]++;
          }
        } catch (AssertionError | RuntimeException | OutOfMemoryError e) {
          failures.add("file " + i + " (" + seed.getKey() + "): " + e.getMessage());
        }
        long took = System.nanoTime() - start;
        if (took > SLOW_NANOS) {
          failures.add("file " + i + " (" + seed.getKey() + ") took " + took / 1_000_000 + " ms");
        }
      }
    });
    assertThat(failures).as("mutated files that broke a parser").isEmpty();
    // The mutations must actually reach the error paths, or this test proves nothing.
    assertThat(unreadableReported[0]).isGreaterThan(FILES / 10);
  }
}
