package dev.aispm.misuse.source.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.misuse.event.ActivityEvent;
import dev.aispm.misuse.event.ParseResult;
import dev.aispm.misuse.source.Recorded;
import org.junit.jupiter.api.Test;

class AuditLogParserTest {
  @Test
  void readsAuditLogEntriesAndSkipsOtherPayloads() {
    ParseResult r = AuditLogParser.parsePage(Recorded.text("gcp/entries_list.json"));

    assertThat(r.events()).extracting(ActivityEvent::action).containsExactly(
        "google.cloud.aiplatform.v1.PredictionService.Predict",
        "google.iam.admin.v1.CreateServiceAccountKey",
        "google.cloud.aiplatform.v1.ModelService.UploadModel");
    ActivityEvent predict = r.events().get(0);
    assertThat(predict.id()).isEqualTo("1x2y3z4a5b6c");
    assertThat(predict.account()).isEqualTo("acme-ml");
    assertThat(predict.principal()).isEqualTo("intruder@example.org");
    assertThat(predict.sourceIp()).isEqualTo("198.51.100.77");
    assertThat(predict.userAgent()).startsWith("python-requests/2.31.0");
    assertThat(predict.service()).isEqualTo("aiplatform.googleapis.com");
    assertThat(predict.resources()).containsExactly("projects/acme-ml/locations/us-central1/endpoints/1234567890");
    assertThat(predict.succeeded()).isTrue();

    ActivityEvent upload = r.events().get(2);
    assertThat(upload.succeeded()).isFalse();
    assertThat(upload.error()).contains("denied");
    assertThat(upload.region()).isEqualTo("us-central1");
    assertThat(upload.param("model.artifactUri")).isEqualTo("gs://acme-drop/model/");

    assertThat(r.malformed()).isEqualTo(1);
    assertThat(r.problems()).singleElement().asString().contains("not an AuditLog");
    assertThat(r.nextToken()).isEqualTo("EAA4suKu3qnLwbtrAUquAUoKJAD");
  }
}
