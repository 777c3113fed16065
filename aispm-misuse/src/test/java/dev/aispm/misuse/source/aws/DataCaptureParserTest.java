package dev.aispm.misuse.source.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.misuse.detect.Detection;
import dev.aispm.misuse.detect.ModelCalls;
import dev.aispm.misuse.detect.PromptDetector;
import dev.aispm.misuse.event.PromptRecord;
import dev.aispm.misuse.source.Recorded;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataCaptureParserTest {
  static final String ENDPOINT = "arn:aws:sagemaker:us-east-1:111111111111:endpoint/support-llm";
  static final DataCaptureParser.Endpoint AT = new DataCaptureParser.Endpoint("111111111111", "us-east-1", ENDPOINT);

  private static DataCaptureParser.Result recorded() {
    return DataCaptureParser.parse(new ByteArrayInputStream(Recorded.bytes("aws/sagemaker-data-capture.jsonl")), AT);
  }

  @Test
  void decodesJsonBase64AndCsvPayloadsAndCountsBrokenLines() {
    DataCaptureParser.Result r = recorded();

    assertThat(r.records()).hasSize(3);
    assertThat(r.malformed()).isEqualTo(2);
    PromptRecord first = r.records().get(0);
    assertThat(first.id()).isEqualTo(ENDPOINT + "/b1c2d3e4-0001-4a5b-8c9d-0e1f2a3b4c01");
    assertThat(first.time()).isEqualTo(Instant.parse("2026-12-01T15:00:04Z"));
    assertThat(first.model()).isEqualTo(ENDPOINT);
    assertThat(first.principal()).isNull();
    assertThat(first.prompt()).contains("Ignore all previous instructions").doesNotContain("max_new_tokens");
    assertThat(first.completion()).contains("I can't help with that.");
    assertThat(r.records().get(1).prompt()).contains("Which key does the deploy job use?");
    assertThat(r.records().get(1).completion()).contains("AKIAQYLPMN5HHHFPZAM2");
    assertThat(r.records().get(2).prompt()).isEqualTo("69,0,153.7,109,194.0,105,256.1,114,14.1,6,0");
  }

  @Test
  void capturedCallsAreInferenceCallsOfTheEndpoint() {
    PromptRecord first = recorded().records().get(0);

    assertThat(first.asEvent().service()).isEqualTo("sagemaker.amazonaws.com");
    assertThat(ModelCalls.modelOf(first.asEvent())).isEqualTo(ENDPOINT);
  }

  @Test
  void promptDetectorFlagsTheInjectionAndTheLeakedSecretButNotTheTabularCall() {
    PromptDetector detector = new PromptDetector();
    List<List<Detection>> found = new ArrayList<>();
    for (PromptRecord rec : recorded().records()) {
      List<Detection> one = new ArrayList<>();
      detector.inspect(rec, one::add);
      found.add(one);
    }

    assertThat(found.get(0)).extracting(Detection::detector).containsExactly(PromptDetector.INJECTION);
    assertThat(found.get(0).get(0).summary()).startsWith("an unidentified caller sent model " + ENDPOINT);
    assertThat(found.get(1)).extracting(Detection::detector).containsExactly(PromptDetector.SENSITIVE);
    assertThat(found.get(1).get(0).summary()).contains("completion").contains("secret.aws-access-key")
        .doesNotContain("AKIAQYLPMN5HHHFPZAM2");
    assertThat(found.get(2)).isEmpty();
  }

  @Test
  void unknownEncodingAndBrokenBase64AreMalformedNotFatal() {
    String lines = """
        {"captureData":{"endpointInput":{"data":"abc","encoding":"PICKLE"}},"eventMetadata":{"eventId":"e1","inferenceTime":"2026-12-01T15:00:00Z"}}
        {"captureData":{"endpointInput":{"data":"%%%not base64","encoding":"BASE64"}},"eventMetadata":{"eventId":"e2","inferenceTime":"2026-12-01T15:00:00Z"}}
        {"captureData":{"endpointInput":{"data":"hello","encoding":"CSV"}},"eventMetadata":{"eventId":"e3","inferenceTime":"not a time"}}
        [1,2,3]
        """;
    DataCaptureParser.Result r = DataCaptureParser.parse(
        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), AT);

    assertThat(r.records()).isEmpty();
    assertThat(r.malformed()).isEqualTo(4);
  }

  @Test
  void jsonEncodingThatIsNotJsonIsScannedAsText() throws Exception {
    var line = new ObjectMapper().readTree("""
        {"captureData":{"endpointInput":{"data":"plain words","encoding":"JSON"}},
         "eventMetadata":{"eventId":"e4","inferenceTime":"2026-12-01T15:00:00Z"}}""");

    assertThat(DataCaptureParser.record(line, AT).prompt()).isEqualTo("plain words");
    assertThat(DataCaptureParser.record(line, AT).completion()).isEmpty();
    assertThatThrownBy(() -> DataCaptureParser.record(new ObjectMapper().readTree(
        "{\"eventMetadata\":{\"eventId\":\"e5\",\"inferenceTime\":\"2026-12-01T15:00:00Z\"}}"), AT))
        .hasMessageContaining("captureData");
  }
}
