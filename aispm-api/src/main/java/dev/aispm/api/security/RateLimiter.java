package dev.aispm.api.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per caller: {@code perMinute} requests may burst at once, and the bucket refills
 * continuously at {@code perMinute} per minute. Kept in memory per instance: behind a load
 * balancer each instance enforces the limit on the requests it sees.
 */
public final class RateLimiter {
  private final long perMinute;
  private final LongSupplier nanos;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** Why a request was refused: seconds until one more request would be allowed. */
  public record Decision(boolean allowed, long retryAfterSeconds, long remaining) {}

  private static final class Bucket {
    double tokens;
    long updated;

    Bucket(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }
  }

  public RateLimiter(long perMinute, LongSupplier nanos) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("requests per minute must be at least 1, was " + perMinute);
    }
    this.perMinute = perMinute;
    this.nanos = nanos;
  }

  public long perMinute() {
    return perMinute;
  }

  /** Takes one request from {@code key}'s bucket if it has one. */
  public Decision acquire(String key) {
    long now = nanos.getAsLong();
    if (buckets.size() > 100_000) {
      // Callers are authenticated, so this only grows with real tokens and users; the bound is a
      // guard against a leak, and clearing merely refills everyone's bucket.
      buckets.clear();
    }
    Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
    synchronized (b) {
      double perNano = perMinute / 60e9;
      b.tokens = Math.min(perMinute, b.tokens + (now - b.updated) * perNano);
      b.updated = now;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return new Decision(true, 0, (long) b.tokens);
      }
      long wait = (long) Math.ceil((1 - b.tokens) / perNano / 1e9);
      return new Decision(false, Math.max(1, wait), 0);
    }
  }
}
