package dev.aispm.misuse.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.misuse.source.Recorded;
import dev.aispm.misuse.source.aws.InvocationLogParser;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptDetectorTest {
  @Test
  void injectionPhrasingAndSensitiveDataAreReportedWithoutTheirText() {
    var records = InvocationLogParser.parse(new ByteArrayInputStream(
        Recorded.bytes("aws/bedrock-invocation-log.jsonl"))).records();
    List<Detection> found = new ArrayList<>();
    PromptDetector detector = new PromptDetector();
    records.forEach(r -> detector.inspect(r, found::add));

    assertThat(found).extracting(Detection::detector)
        .containsExactly(PromptDetector.INJECTION, PromptDetector.SENSITIVE);
    assertThat(found.get(0).summary()).contains("ignore-instructions").contains("reveal-system-prompt");
    assertThat(found.get(1).summary()).contains("secret.aws-access-key").contains("pii.email").contains("prompt")
        .doesNotContain("AKIAQYLPMN5HHHFPZAM2").doesNotContain("jane.doe")
        .doesNotContain("fabrikam");
    assertThat(found.get(1).event().params()).containsOnlyKeys("modelId");
  }

  @Test
  void anOrdinaryPromptIsNotReported() {
    var records = InvocationLogParser.parse(new ByteArrayInputStream(
        Recorded.bytes("aws/bedrock-invocation-log.jsonl"))).records();
    List<Detection> found = new ArrayList<>();
    new PromptDetector().inspect(records.get(2), found::add);
    assertThat(found).isEmpty();
  }
}
