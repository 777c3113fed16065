package dev.aispm.misuse.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.misuse.event.ActivityEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataDetectorsTest {
  static final AiAssets AI = new AiAssets(Map.of("acme-training-data", "arn:aws:s3:::acme-training-data"), Map.of(),
      Set.of(), Set.of(), Map.of());
  static final String PIPELINE = "arn:aws:iam::111111111111:role/etl";
  static final String STRANGER = "arn:aws:iam::111111111111:user/contractor";
  final DetectionContext ctx = new DetectionContext(AI, DetectorSettings.DEFAULTS, List.of());
  final List<Detection> found = new ArrayList<>();

  static ActivityEvent s3(String at, String who, String action, String bucket, int objects) {
    List<String> resources = new ArrayList<>();
    for (int i = 0; i < objects; i++) {
      resources.add("arn:aws:s3:::" + bucket + "/train/part-" + i + ".jsonl");
    }
    resources.add("arn:aws:s3:::" + bucket);
    return Events.aws(at, who, "10.0.0.1", "aws-cli", "s3.amazonaws.com", action, resources,
        Map.of("bucketName", bucket));
  }

  @Test
  void aWriterOutsideTheUsualOnesIsReportedAfterLearning() {
    UnusualWriterDetector d = new UnusualWriterDetector();
    d.inspect(s3("2026-11-01T00:00:00Z", PIPELINE, "PutObject", "acme-training-data", 1), ctx, found::add);
    d.inspect(s3("2026-11-20T00:00:00Z", PIPELINE, "PutObject", "acme-training-data", 1), ctx, found::add);
    d.inspect(s3("2026-11-20T01:00:00Z", STRANGER, "PutObject", "other-bucket", 1), ctx, found::add);
    assertThat(found).isEmpty();

    d.inspect(s3("2026-11-20T02:00:00Z", STRANGER, "PutObject", "acme-training-data", 1), ctx, found::add);
    d.inspect(s3("2026-11-20T02:01:00Z", STRANGER, "PutObject", "acme-training-data", 1), ctx, found::add);
    assertThat(found).singleElement().satisfies(x -> {
      assertThat(x.principal()).isEqualTo(STRANGER);
      assertThat(x.targetId()).isEqualTo("acme-training-data");
      assertThat(x.targetKind()).isEqualTo("data");
    });
  }

  @Test
  void bulkDeletionWithinTheWindowIsReportedAndSlowDeletionIsNot() {
    BulkDeleteDetector d = new BulkDeleteDetector();
    // 60 objects, then 30 minutes later 60 more: never 100 within 15 minutes.
    d.inspect(s3("2026-12-01T10:00:00Z", STRANGER, "DeleteObjects", "acme-training-data", 60), ctx, found::add);
    d.inspect(s3("2026-12-01T10:30:00Z", STRANGER, "DeleteObjects", "acme-training-data", 60), ctx, found::add);
    assertThat(found).isEmpty();

    d.inspect(s3("2026-12-01T10:35:00Z", STRANGER, "DeleteObjects", "acme-training-data", 60), ctx, found::add);
    d.inspect(s3("2026-12-01T10:36:00Z", STRANGER, "DeleteObject", "acme-training-data", 1), ctx, found::add);
    assertThat(found).singleElement().satisfies(x -> assertThat(x.summary()).contains("deleted 120 objects"));

    d.inspect(s3("2026-12-01T10:36:00Z", STRANGER, "DeleteObjects", "not-ai-data", 500), ctx, found::add);
    assertThat(found).hasSize(1);
  }

  @Test
  void aVolumeSpikeAfterLearningIsReportedOncePerHour() {
    InvocationSpikeDetector d = new InvocationSpikeDetector();
    Instant start = Instant.parse("2026-11-01T00:00:00Z");
    // Ten calls a day for twenty days: a mean well under one call an hour.
    for (int day = 0; day < 20; day++) {
      for (int i = 0; i < 10; i++) {
        d.inspect(Events.invoke(start.plusSeconds(day * 86_400L + i * 3_600L).toString(),
            NewCallerDetectorTest.APP, "10.0.1.15"), ctx, found::add);
      }
    }
    assertThat(found).isEmpty();
    Instant hour = Instant.parse("2026-11-21T03:00:00Z");
    for (int i = 0; i < 450; i++) {
      d.inspect(Events.invoke(hour.plusSeconds(i * 5L).toString(), STRANGER, "203.0.113.9"), ctx, found::add);
    }
    assertThat(found).singleElement().satisfies(x -> {
      assertThat(x.detector()).isEqualTo(InvocationSpikeDetector.ID);
      assertThat(x.summary()).contains("called 200 times");
    });
  }

  @Test
  void busyButUsualTrafficIsNotASpike() {
    InvocationSpikeDetector d = new InvocationSpikeDetector();
    Instant start = Instant.parse("2026-11-01T00:00:00Z");
    // 300 calls every hour for ten days, then an hour of 400: busy, but not ten times the mean.
    for (int h = 0; h < 241; h++) {
      int calls = h == 240 ? 400 : 300;
      for (int i = 0; i < calls; i++) {
        d.inspect(Events.invoke(start.plusSeconds(h * 3_600L + i * 8L).toString(), NewCallerDetectorTest.APP,
            "10.0.1.15"), ctx, found::add);
      }
    }
    assertThat(found).isEmpty();
  }
}
