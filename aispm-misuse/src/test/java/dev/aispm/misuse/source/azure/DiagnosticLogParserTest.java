package dev.aispm.misuse.source.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.misuse.detect.ModelCalls;
import dev.aispm.misuse.event.ActivityEvent;
import dev.aispm.misuse.event.ParseResult;
import dev.aispm.misuse.source.Recorded;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DiagnosticLogParserTest {
  static final String ACCOUNT = "/subscriptions/00000000-0000-0000-0000-0000000000a1/resourcegroups/rg-ai/providers/"
      + "microsoft.cognitiveservices/accounts/acme-openai";

  private static ParseResult recorded() {
    return DiagnosticLogParser.parse(new ByteArrayInputStream(
        Recorded.bytes("azure/openai-requestresponse-PT1H.json")));
  }

  @Test
  void readsInferenceCallsAsTheDataActionsOfTheAccount() {
    ParseResult r = recorded();

    assertThat(r.events()).hasSize(4);
    ActivityEvent chat = r.events().get(0);
    assertThat(chat.time()).isEqualTo(Instant.parse("2026-12-01T14:05:12.3456789Z"));
    assertThat(chat.account()).isEqualTo("00000000-0000-0000-0000-0000000000a1");
    assertThat(chat.region()).isEqualTo("eastus");
    assertThat(chat.principal()).isEqualTo("7a3d1f2e-5c4b-4a39-8e2d-1f0a9b8c7d61");
    assertThat(chat.sourceIp()).isEqualTo("10.20.4.***");
    assertThat(chat.succeeded()).isTrue();
    assertThat(chat.param("modelDeploymentName")).isEqualTo("gpt-4o-support");
    assertThat(ModelCalls.modelOf(chat)).isEqualTo(ACCOUNT);
    // Properties written as an object rather than a JSON string read the same.
    ActivityEvent embed = r.events().get(1);
    assertThat(embed.param("modelDeploymentName")).isEqualTo("embed-small");
    assertThat(embed.principal()).as("key authentication names no object id").isNull();
    assertThat(ModelCalls.modelOf(embed)).isEqualTo(ACCOUNT);
  }

  @Test
  void aThrottledCallIsAFailedCallAndAuditEntriesAreNotInferenceCalls() {
    ParseResult r = recorded();

    ActivityEvent throttled = r.events().get(2);
    assertThat(throttled.succeeded()).isFalse();
    assertThat(throttled.error()).isEqualTo("429");
    ActivityEvent audit = r.events().get(3);
    assertThat(audit.action()).isEqualTo("ListKey");
    assertThat(audit.id()).startsWith("Audit:");
    assertThat(ModelCalls.modelOf(audit)).isNull();
  }

  @Test
  void brokenLinesAreCountedWithTheirReasonAndSkipped() {
    ParseResult r = recorded();

    assertThat(r.malformed()).isEqualTo(2);
    assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("correlationId"));
    ParseResult garbage = DiagnosticLogParser.parse(new ByteArrayInputStream(
        "[1]\n\"text\"\n{}\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(garbage.events()).isEmpty();
    assertThat(garbage.malformed()).isEqualTo(3);
  }
}
