package dev.aispm.misuse.source.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.misuse.event.ActivityEvent;
import dev.aispm.misuse.event.ParseResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class CloudTrailParserTest {
  static byte[] recorded(String name) throws IOException {
    try (InputStream in = CloudTrailParserTest.class.getResourceAsStream("/recorded/aws/" + name)) {
      return in.readAllBytes();
    }
  }

  static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(plain);
    }
    return out.toByteArray();
  }

  @Test
  void readsTheRecordsOfAGzipLogFileAndSkipsTheMalformedOne() throws IOException {
    ParseResult r = CloudTrailParser.parseLogFile(new ByteArrayInputStream(gzip(recorded("cloudtrail-log-file.json"))));

    assertThat(r.events()).extracting(ActivityEvent::action)
        .containsExactly("InvokeModel", "PutObject", "DeleteGuardrail", "CreateModel");
    assertThat(r.malformed()).isEqualTo(1);
    assertThat(r.problems()).singleElement().asString().contains("record 3").contains("eventTime");

    ActivityEvent invoke = r.events().get(0);
    assertThat(invoke.id()).isEqualTo("0b1e3f2a-0001-4c5d-8e9f-000000000001");
    assertThat(invoke.time()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    // The role behind the session, not the session ARN: that is the graph's node and what is revoked.
    assertThat(invoke.principal()).isEqualTo("arn:aws:iam::111111111111:role/ml-app-role");
    assertThat(invoke.account()).isEqualTo("111111111111");
    assertThat(invoke.region()).isEqualTo("us-east-1");
    assertThat(invoke.sourceIp()).isEqualTo("10.0.1.15");
    assertThat(invoke.userAgent()).startsWith("Boto3/1.35.0");
    assertThat(invoke.param("modelId")).isEqualTo("anthropic.claude-3-haiku-20240307-v1:0");
    assertThat(invoke.succeeded()).isTrue();

    ActivityEvent put = r.events().get(1);
    assertThat(put.principal()).isEqualTo("arn:aws:iam::111111111111:user/data-engineer");
    assertThat(put.resources()).containsExactly("arn:aws:s3:::acme-training-data/datasets/claims/train.jsonl",
        "arn:aws:s3:::acme-training-data");
    assertThat(put.param("bucketName")).isEqualTo("acme-training-data");

    ActivityEvent denied = r.events().get(2);
    assertThat(denied.succeeded()).isFalse();
    assertThat(denied.error()).isEqualTo("AccessDeniedException");

    ActivityEvent create = r.events().get(3);
    assertThat(create.principal()).isEqualTo("sagemaker.amazonaws.com");
    assertThat(create.param("primaryContainer.modelDataUrl")).isEqualTo("s3://acme-models/fraud/model.tar.gz");
  }

  @Test
  void readsPlainJsonToo() throws IOException {
    ParseResult r = CloudTrailParser.parseLogFile(new ByteArrayInputStream(recorded("cloudtrail-log-file.json")));
    assertThat(r.events()).hasSize(4);
  }

  @Test
  void aCutFileKeepsWhatWasReadAndCountsTheRestAsMalformed() throws IOException {
    byte[] all = recorded("cloudtrail-log-file.json");
    String text = new String(all, StandardCharsets.UTF_8);
    byte[] cut = text.substring(0, text.indexOf("\"eventName\": \"PutObject\"")).getBytes(StandardCharsets.UTF_8);

    ParseResult r = CloudTrailParser.parseLogFile(new ByteArrayInputStream(gzip(cut)));

    assertThat(r.events()).extracting(ActivityEvent::action).containsExactly("InvokeModel");
    assertThat(r.malformed()).isEqualTo(1);
  }

  @Test
  void garbageIsOneMalformedUnitNotAnError() {
    ParseResult r = CloudTrailParser.parseLogFile(new ByteArrayInputStream("not json".getBytes(StandardCharsets.UTF_8)));
    assertThat(r.events()).isEmpty();
    assertThat(r.malformed()).isEqualTo(1);
  }

  @Test
  void readsTheEmbeddedRecordsOfALookupEventsAnswer() throws IOException {
    ParseResult r = CloudTrailParser.parseLookupEvents(new String(recorded("LookupEvents.json"), StandardCharsets.UTF_8));

    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("DeleteModelInvocationLoggingConfiguration");
      assertThat(e.principal()).isEqualTo("arn:aws:iam::111111111111:role/ops-admin");
      assertThat(e.sourceIp()).isEqualTo("198.51.100.23");
    });
    // The second event carries no CloudTrailEvent: skipped and counted.
    assertThat(r.malformed()).isEqualTo(1);
    assertThat(r.nextToken()).startsWith("kbOt5LlZe");
  }
}
