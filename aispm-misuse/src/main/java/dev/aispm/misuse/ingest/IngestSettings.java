package dev.aispm.misuse.ingest;

import java.time.Duration;

/**
 * How sources are read.
 *
 * @param backfill    how far back a source's first run reads: bounded, so connecting a busy
 *                    organization does not replay months of logs
 * @param overlap     how far before its high-water mark a time-queried source re-reads, to catch
 *                    events the cloud delivered late
 * @param commitEvery admitted events after which a source's progress is committed, bounding the
 *                    work a crash repeats and the memory a run holds
 */
public record IngestSettings(Duration backfill, Duration overlap, int commitEvery) {
  public static final IngestSettings DEFAULTS = new IngestSettings(Duration.ofDays(1), Duration.ofMinutes(15), 50_000);

  /** Settings from {@code AISPM_MISUSE_BACKFILL_HOURS}; malformed values are a configuration error. */
  public static IngestSettings fromEnvironment(java.util.Map<String, String> env) {
    String hours = env.get("AISPM_MISUSE_BACKFILL_HOURS");
    if (hours == null || hours.isBlank()) {
      return DEFAULTS;
    }
    try {
      long h = Long.parseLong(hours.strip());
      if (h < 1) {
        throw new NumberFormatException();
      }
      return new IngestSettings(Duration.ofHours(h), DEFAULTS.overlap(), DEFAULTS.commitEvery());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("AISPM_MISUSE_BACKFILL_HOURS must be a whole number of hours >= 1: " + hours);
    }
  }
}
