package dev.aispm.misuse.source.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.misuse.event.ActivityEvent;
import dev.aispm.misuse.event.ParseResult;
import dev.aispm.misuse.source.Recorded;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivityLogParserTest {
  @Test
  void readsEntriesTheirRequestBodyAndTheNextLink() {
    ParseResult r = ActivityLogParser.parsePage(Recorded.text("azure/ActivityLogs_List.json"));

    assertThat(r.events()).hasSize(2);
    ActivityEvent done = r.events().get(0);
    assertThat(done.id()).isEqualTo("f0a1b2c3-0001-4d5e-8f9a-0b1c2d3e4f01");
    assertThat(done.time()).isEqualTo(Instant.parse("2026-12-01T12:00:05.1234567Z"));
    assertThat(done.provider()).isEqualTo("azure");
    assertThat(done.account()).isEqualTo("11111111-2222-3333-4444-555555555555");
    assertThat(done.principal()).isEqualTo("mallory@contoso.example");
    assertThat(done.sourceIp()).isEqualTo("203.0.113.44");
    assertThat(done.action()).isEqualTo("Microsoft.CognitiveServices/accounts/write");
    assertThat(done.resources()).singleElement().asString().endsWith("/accounts/contoso-openai");
    assertThat(done.succeeded()).isTrue();
    assertThat(done.param("requestbody.properties.disableLocalAuth")).isEqualTo("false");
    assertThat(done.param("requestbody.properties.publicNetworkAccess")).isEqualTo("Enabled");

    // The Started entry of the same operation is not a successful call.
    assertThat(r.events().get(1).succeeded()).isFalse();
    assertThat(r.malformed()).isEqualTo(1);
    assertThat(r.problems()).singleElement().asString().contains("eventDataId");
    assertThat(r.nextToken()).contains("skipToken=AAAAAQ");
  }

  @Test
  void anAnswerThatIsNotJsonIsCountedNotThrown() {
    ParseResult r = ActivityLogParser.parsePage("<html>gateway timeout</html>");
    assertThat(r.events()).isEmpty();
    assertThat(r.malformed()).isEqualTo(1);
  }

  @Test
  void readsTheResponseBodyOfAnEntryThatEndsAWrite() {
    ParseResult r = ActivityLogParser.parsePage("""
        {"value":[{"eventDataId":"e1","eventTimestamp":"2026-12-01T12:00:05Z","caller":"ops@contoso.example",
          "operationName":{"value":"Microsoft.CognitiveServices/accounts/write"},"status":{"value":"Succeeded"},
          "properties":{"responseBody":"{\\"properties\\":{\\"disableLocalAuth\\":false}}"}}]}""");
    assertThat(r.events()).singleElement()
        .satisfies(e -> assertThat(e.param("responsebody.properties.disableLocalAuth")).isEqualTo("false"));
    assertThat(r.malformed()).isZero();
  }
}
