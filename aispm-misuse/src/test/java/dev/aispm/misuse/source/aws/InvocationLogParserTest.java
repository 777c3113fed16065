package dev.aispm.misuse.source.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.misuse.event.PromptRecord;
import dev.aispm.misuse.source.Recorded;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class InvocationLogParserTest {
  @Test
  void readsEachLineTheRoleTheModelAndTheText() throws IOException {
    byte[] plain = Recorded.bytes("aws/bedrock-invocation-log.jsonl");
    InvocationLogParser.Result r = InvocationLogParser.parse(new ByteArrayInputStream(CloudTrailParserTest.gzip(plain)));

    assertThat(r.records()).hasSize(3);
    assertThat(r.malformed()).isEqualTo(1);
    PromptRecord first = r.records().get(0);
    assertThat(first.principal()).isEqualTo("arn:aws:iam::111111111111:role/ml-app-role");
    assertThat(first.model()).isEqualTo("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0");
    assertThat(first.operation()).isEqualTo("Converse");
    assertThat(first.prompt()).contains("Ignore all previous instructions");
    assertThat(first.completion()).contains("I cannot share that.");
    assertThat(r.records().get(2).prompt()).contains("haiku about autumn");
  }

  @Test
  void aCloudWatchLogsMessageIsOneRecord() throws IOException {
    String line = new String(Recorded.bytes("aws/bedrock-invocation-log.jsonl"), java.nio.charset.StandardCharsets.UTF_8)
        .lines().findFirst().orElseThrow();
    PromptRecord r = InvocationLogParser.parseMessage(line);
    assertThat(r.principal()).isEqualTo("arn:aws:iam::111111111111:role/ml-app-role");
    assertThat(r.prompt()).contains("Ignore all previous instructions");
  }

  @Test
  void aMessageThatIsNoRecordIsRefused() {
    for (String bad : new String[] {null, "", "not json", "[1,2]", "{\"requestId\":\"r\"}"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> InvocationLogParser.parseMessage(bad))
          .as(String.valueOf(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
