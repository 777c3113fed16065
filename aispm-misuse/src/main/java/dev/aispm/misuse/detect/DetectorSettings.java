package dev.aispm.misuse.detect;

import java.time.Duration;

/**
 * The thresholds of the detectors, in one place so docs/misuse.md and the environment name the
 * same values.
 *
 * @param learning          how long a model's or a data store's baseline learns before anything
 *                          new about it is reported
 * @param spikeMinCalls     fewest calls in one hour that can be a spike, whatever the baseline
 * @param spikeFactor       how many times the baseline's hourly mean an hour must exceed
 * @param bulkDeleteObjects objects one identity deletes from one AI data store within
 *                          {@code bulkWindow} that count as bulk deletion
 * @param bulkWindow        the window of a bulk deletion
 */
public record DetectorSettings(Duration learning, int spikeMinCalls, double spikeFactor,
    int bulkDeleteObjects, Duration bulkWindow) {

  public static final DetectorSettings DEFAULTS =
      new DetectorSettings(Duration.ofDays(7), 200, 10.0, 100, Duration.ofMinutes(15));
}
