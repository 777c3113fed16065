package dev.aispm.misuse.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewCallerDetectorTest {
  static final String APP = "arn:aws:iam::111111111111:role/ml-app-role";
  static final String MODEL = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0";
  final NewCallerDetector detector = new NewCallerDetector();
  final DetectionContext ctx = new DetectionContext(AiAssets.NONE, DetectorSettings.DEFAULTS, List.of());
  final List<Detection> found = new ArrayList<>();

  @Test
  void aCallerFirstSeenAfterTheLearningWindowIsReportedOnce() {
    detector.inspect(Events.invoke("2026-11-01T10:00:00Z", APP, "10.0.1.15"), ctx, found::add);
    detector.inspect(Events.invoke("2026-11-20T10:00:00Z", APP, "10.0.1.15"), ctx, found::add);
    assertThat(found).isEmpty();

    String outsider = "arn:aws:iam::111111111111:user/old-ci";
    detector.inspect(Events.invoke("2026-11-20T11:00:00Z", outsider, "203.0.113.99"), ctx, found::add);
    detector.inspect(Events.invoke("2026-11-20T11:05:00Z", outsider, "203.0.113.99"), ctx, found::add);

    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.detector()).isEqualTo(NewCallerDetector.ID);
      assertThat(d.targetId()).isEqualTo(MODEL);
      assertThat(d.principal()).isEqualTo(outsider);
      assertThat(d.summary()).contains("identity " + outsider).contains("source address 203.0.113.99");
    });
    assertThat(ctx.baseline("model", MODEL, null).principals()).isEqualTo(Set.of(APP, outsider));
  }

  @Test
  void newCallersDuringTheLearningWindowAreLearnedNotReported() {
    detector.inspect(Events.invoke("2026-11-01T10:00:00Z", APP, "10.0.1.15"), ctx, found::add);
    detector.inspect(Events.invoke("2026-11-03T10:00:00Z", "arn:aws:iam::111111111111:role/batch", "10.0.2.20"),
        ctx, found::add);
    detector.inspect(Events.invoke("2026-11-20T10:00:00Z", "arn:aws:iam::111111111111:role/batch", "10.0.2.20"),
        ctx, found::add);
    assertThat(found).isEmpty();
  }

  @Test
  void deniedCallsAndOtherApisNeitherTeachNorReport() {
    detector.inspect(Events.invoke("2026-11-01T10:00:00Z", APP, "10.0.1.15"), ctx, found::add);
    detector.inspect(Events.failed(Events.invoke("2026-11-20T10:00:00Z", "arn:aws:iam::1:user/x", "203.0.113.1")),
        ctx, found::add);
    detector.inspect(Events.aws("2026-11-20T10:00:00Z", "arn:aws:iam::1:user/x", "203.0.113.1", "cli",
        "bedrock.amazonaws.com", "ListFoundationModels", List.of(), java.util.Map.of()), ctx, found::add);
    assertThat(found).isEmpty();
    assertThat(ctx.baseline("model", MODEL, null).principals()).containsExactly(APP);
  }
}
