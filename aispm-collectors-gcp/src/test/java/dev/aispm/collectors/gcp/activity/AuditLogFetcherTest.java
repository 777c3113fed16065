package dev.aispm.collectors.gcp.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditLogFetcherTest {
  @Test
  void theRequestAsksForBothAuditLogsOfTheProjectOldestFirst() throws Exception {
    JsonNode r = new ObjectMapper().readTree(AuditLogFetcher.request("acme-ml", Instant.parse("2026-12-06T09:00:00Z"),
        Instant.parse("2026-12-06T12:00:00Z"), "tok-2"));
    assertThat(r.get("resourceNames").toString()).isEqualTo("[\"projects/acme-ml\"]");
    assertThat(r.get("orderBy").asText()).isEqualTo("timestamp asc");
    assertThat(r.get("pageSize").asInt()).isEqualTo(1000);
    assertThat(r.get("pageToken").asText()).isEqualTo("tok-2");
    assertThat(r.get("filter").asText())
        .contains("\"projects/acme-ml/logs/cloudaudit.googleapis.com%2Factivity\"")
        .contains("\"projects/acme-ml/logs/cloudaudit.googleapis.com%2Fdata_access\"")
        .contains("protoPayload.serviceName=(\"aiplatform.googleapis.com\" OR ")
        .contains("\"storage.googleapis.com\"")
        .contains("timestamp>=\"2026-12-06T09:00:00Z\" AND timestamp<=\"2026-12-06T12:00:00Z\"");
  }

  @Test
  void theFirstPageHasNoTokenAndTheLastPageEndsThePaging() {
    assertThat(AuditLogFetcher.request("p", Instant.EPOCH, Instant.EPOCH, null)).doesNotContain("pageToken");
    assertThat(AuditLogFetcher.nextToken("{\"entries\":[],\"nextPageToken\":\"abc\"}")).isEqualTo("abc");
    assertThat(AuditLogFetcher.nextToken("{\"entries\":[]}")).isNull();
    assertThat(AuditLogFetcher.nextToken("{\"nextPageToken\":\"\"}")).isNull();
    assertThat(AuditLogFetcher.nextToken("<html>bad gateway</html>")).isNull();
  }
}
