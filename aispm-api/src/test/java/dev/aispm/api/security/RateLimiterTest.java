package dev.aispm.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  @Test
  void aBucketAllowsItsBurstThenRefillsContinuously() {
    AtomicLong now = new AtomicLong(0);
    RateLimiter l = new RateLimiter(60, now::get);
    for (int i = 0; i < 60; i++) {
      assertThat(l.acquire("a").allowed()).isTrue();
    }
    RateLimiter.Decision refused = l.acquire("a");
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    assertThat(l.acquire("b").allowed()).as("another caller has its own bucket").isTrue();
    now.addAndGet(1_000_000_000L);
    assertThat(l.acquire("a").allowed()).as("one request per second refills").isTrue();
    assertThat(l.acquire("a").allowed()).isFalse();
    now.addAndGet(3_600_000_000_000L);
    for (int i = 0; i < 60; i++) {
      assertThat(l.acquire("a").allowed()).isTrue();
    }
    assertThat(l.acquire("a").allowed()).as("never more than the burst").isFalse();
  }

  @Test
  void aZeroRateIsRefused() {
    assertThatThrownBy(() -> new RateLimiter(0, System::nanoTime)).isInstanceOf(IllegalArgumentException.class);
  }
}
