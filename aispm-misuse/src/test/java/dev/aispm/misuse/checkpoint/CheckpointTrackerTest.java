package dev.aispm.misuse.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.misuse.event.ActivityEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckpointTrackerTest {
  static ActivityEvent at(String id, String time) {
    return new ActivityEvent(id, Instant.parse(time), "azure", "s1", "eastus", "p", null, null, "svc", "op",
        List.of(), true, null, Map.of());
  }

  @Test
  void aTimeSourceReReadsTheOverlapButAdmitsNothingTwice() {
    Duration overlap = Duration.ofMinutes(10);
    CheckpointTracker first = CheckpointTracker.byTime(Checkpoint.start("azure/s1/activity"), overlap,
        Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(first.admit(at("old", "2026-11-30T23:00:00Z"))).as("before the backfill window").isFalse();
    assertThat(first.admit(at("a", "2026-12-01T10:00:00Z"))).isTrue();
    assertThat(first.admit(at("b", "2026-12-01T10:55:00Z"))).isTrue();
    assertThat(first.admit(at("b", "2026-12-01T10:55:00Z"))).as("a repeated page").isFalse();
    Checkpoint stored = first.next();
    assertThat(stored.highWater()).isEqualTo(Instant.parse("2026-12-01T10:55:00Z"));
    assertThat(stored.boundaryIds()).containsExactly("b");
    assertThat(stored.eventsRead()).isEqualTo(2);

    // The next run re-reads from 10:45: b again, and a late event c that arrived after the first run.
    CheckpointTracker second = CheckpointTracker.byTime(stored, overlap, null);
    assertThat(stored.readFrom(Instant.now(), Duration.ofDays(1), overlap)).isEqualTo(Instant.parse("2026-12-01T10:45:00Z"));
    assertThat(second.admit(at("b", "2026-12-01T10:55:00Z"))).isFalse();
    assertThat(second.admit(at("c", "2026-12-01T10:50:00Z"))).isTrue();
    assertThat(second.admit(at("a", "2026-12-01T10:00:00Z"))).isFalse();
    assertThat(second.next().eventsRead()).isEqualTo(3);
    assertThat(second.next().boundaryIds()).containsExactlyInAnyOrder("b", "c");
  }

  @Test
  void aKeySourceAdmitsEarlierEventsOfLaterFilesAndKeepsThePosition() {
    CheckpointTracker first = CheckpointTracker.byKey(Checkpoint.start("aws/1/cloudtrail/b/p"),
        Duration.ofMinutes(15), Instant.parse("2026-12-01T00:00:00Z"));
    first.admit(at("x", "2026-12-01T10:05:00Z"));
    first.readUpTo("AWSLogs/1/CloudTrail/us-east-1/2026/12/01/f1.json.gz");
    Checkpoint stored = first.next();

    CheckpointTracker second = CheckpointTracker.byKey(stored, Duration.ofMinutes(15), Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(second.admit(at("y", "2026-12-01T10:01:00Z"))).as("a later file with an earlier event").isTrue();
    second.skipped(2);
    second.readUpTo("AWSLogs/1/CloudTrail/us-east-1/2026/12/01/f2.json.gz");
    Checkpoint after = second.next();
    assertThat(after.position()).endsWith("f2.json.gz");
    assertThat(after.malformed()).isEqualTo(2);
    assertThat(after.eventsRead()).isEqualTo(2);
  }
}
