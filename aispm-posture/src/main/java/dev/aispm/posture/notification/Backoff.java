package dev.aispm.posture.notification;

import java.time.Duration;

/**
 * How often and how patiently a delivery is retried: {@code attempts} tries in all, waiting
 * {@code initial}, then twice as long each time, never more than {@code max}. A receiver that
 * is down for a minute still gets the alert; one that is gone gets a recorded final failure.
 */
public record Backoff(int attempts, Duration initial, Duration max) {
  public Backoff {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
  }

  /** The wait after failed attempt {@code attempt} (1-based). */
  public Duration delayAfter(int attempt) {
    long ms = initial.toMillis();
    for (int i = 1; i < attempt && ms < max.toMillis(); i++) {
      ms *= 2;
    }
    return Duration.ofMillis(Math.min(ms, max.toMillis()));
  }
}
