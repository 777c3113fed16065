package dev.aispm.misuse.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.misuse.event.ActivityEvent;
import dev.aispm.misuse.event.ParseResult;
import dev.aispm.misuse.source.Recorded;
import dev.aispm.misuse.source.gcp.AuditLogParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArtifactAndKeyDetectorsTest {
  static final AiAssets AI = new AiAssets(Map.of(),
      Map.of("s3://acme-models/fraud/model.tar.gz", "clean",
          "s3://acme-models/churn/model.tar.gz", "malicious",
          "s3://acme-models/ranker/v2/model.safetensors", "clean"),
      Set.of("vertex-runner@acme-ml.iam.gserviceaccount.com", "ml-service-user"), Set.of(), Map.of());
  final DetectionContext ctx = new DetectionContext(AI, DetectorSettings.DEFAULTS, List.of());
  final List<Detection> found = new ArrayList<>();

  static ActivityEvent createModel(String uri) {
    return Events.aws("2026-12-01T10:00:00Z", "arn:aws:iam::111111111111:role/mlops", "10.0.0.5", "Boto3",
        "sagemaker.amazonaws.com", "CreateModel", List.of(),
        Map.of("modelName", "m", "primaryContainer.modelDataUrl", uri));
  }

  @Test
  void modelsFromUnscannedOrFlaggedArtifactsAreReported() {
    UnscannedArtifactDetector d = new UnscannedArtifactDetector();
    d.inspect(createModel("s3://acme-models/new/model.tar.gz"), ctx, found::add);
    d.inspect(createModel("s3://acme-models/churn/model.tar.gz"), ctx, found::add);
    assertThat(found).extracting(Detection::summary).satisfiesExactly(
        s -> assertThat(s).contains("never read"),
        s -> assertThat(s).contains("flagged as malicious"));
  }

  @Test
  void modelsFromCleanArtifactsOrCleanPrefixesAreNot() {
    UnscannedArtifactDetector d = new UnscannedArtifactDetector();
    d.inspect(createModel("s3://acme-models/fraud/model.tar.gz"), ctx, found::add);
    d.inspect(createModel("s3://acme-models/ranker/v2/"), ctx, found::add);
    d.inspect(Events.failed(createModel("s3://acme-models/new/model.tar.gz")), ctx, found::add);
    assertThat(found).isEmpty();
  }

  @Test
  void keysOfAiIdentitiesAreReportedFromRecordedAuditLogs() {
    ParseResult gcp = AuditLogParser.parsePage(Recorded.text("gcp/entries_list.json"));
    KeyCreatedDetector keys = new KeyCreatedDetector();
    UnscannedArtifactDetector artifacts = new UnscannedArtifactDetector();
    gcp.events().forEach(e -> {
      keys.inspect(e, ctx, found::add);
      artifacts.inspect(e, ctx, found::add);
    });
    // The key creation is reported; the denied upload of an unscanned model is not.
    assertThat(found).singleElement().satisfies(x -> {
      assertThat(x.detector()).isEqualTo(KeyCreatedDetector.ID);
      assertThat(x.targetId()).isEqualTo("vertex-runner@acme-ml.iam.gserviceaccount.com");
      assertThat(x.principal()).isEqualTo("intruder@example.org");
    });
  }

  @Test
  void keysOfOtherIdentitiesAreNot() {
    KeyCreatedDetector keys = new KeyCreatedDetector();
    keys.inspect(Events.aws("2026-12-01T10:00:00Z", "arn:aws:iam::111111111111:user/admin", "1.2.3.4", "cli",
        "iam.amazonaws.com", "CreateAccessKey", List.of(), Map.of("userName", "billing-bot")), ctx, found::add);
    assertThat(found).isEmpty();
    keys.inspect(Events.aws("2026-12-01T10:00:00Z", "arn:aws:iam::111111111111:user/admin", "1.2.3.4", "cli",
        "iam.amazonaws.com", "CreateAccessKey", List.of(), Map.of("userName", "ml-service-user")), ctx, found::add);
    assertThat(found).hasSize(1);
  }
}
