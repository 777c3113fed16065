package dev.aispm.simulator.azure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/**
 * The diagnostic logs that the locked-down AI Services account {@code acme-aiservices-secure}
 * archives to the storage account {@code acmeailogs} (its diagnostic setting {@code to-archive}),
 * in the Azure Monitor layout: containers {@code insights-logs-requestresponse} and
 * {@code insights-logs-audit}, one append blob per hour under
 * {@code resourceId=<ID IN UPPER CASE>/y=YYYY/m=MM/d=DD/h=HH/m=00/PT1H.json}, one JSON record a line
 * in the resource log schema, caller addresses with their last octet masked as the service writes
 * them. Azure OpenAI's request logs carry no prompt or completion text, so what can be planted
 * here is who called, from where and how often.
 *
 * <p>Planted, relative to the simulator's start: nine days of the usual traffic (the support
 * application's managed identity embedding a few documents each day from 10.20.4.x through the
 * private endpoint), then, in the hour before the start, after the contractor turned key
 * authentication back on (see {@link ActivityLog}): 240 calls with an account key (no object id)
 * from 10.20.9.x, the last five throttled, and one record the service cut short. The Audit log
 * holds the contractor's key listing.
 */
final class DiagnosticLogs {
  static final String ACCOUNT = "acmeailogs";
  static final String REQUESTS = "insights-logs-requestresponse";
  static final String AUDIT = "insights-logs-audit";
  static final String APP = "5e6f7a8b-1c2d-4e3f-9a0b-ace000000a01";
  static final String CONTRACTOR = "9b8a7c6d-5e4f-4a3b-8c2d-ace000000c07";
  /** Calls of the planted burst. */
  static final int BURST = 240;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BlobObjects blobs;
  private final String resourceId;

  DiagnosticLogs(BlobObjects blobs, AzureTenant tenant, Instant start) {
    this.blobs = blobs;
    this.resourceId = "/subscriptions/" + tenant.production()
        + "/resourceGroups/ai-prod/providers/Microsoft.CognitiveServices/accounts/acme-aiservices-secure";
    Instant now = start.truncatedTo(ChronoUnit.SECONDS);
    for (int day = 9; day >= 1; day--) {
      Instant hour = now.minus(Duration.ofDays(day)).truncatedTo(ChronoUnit.HOURS);
      for (int i = 0; i < 4; i++) {
        call(hour.plus(Duration.ofMinutes(5 + 11L * i)), APP, "10.20.4.***", "200");
      }
    }
    Instant burst = now.minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.HOURS);
    for (int i = 0; i < BURST; i++) {
      call(burst.plus(Duration.ofSeconds(14L * i)), "", "10.20.9.***", i >= BURST - 5 ? "429" : "200");
    }
    // A record the service cut short: counted as malformed, never fatal.
    append(REQUESTS, burst, "{\"time\":\"" + burst.plus(Duration.ofMinutes(57)) + "\",\"resourceId\":\""
        + resourceId.toUpperCase(Locale.ROOT) + "\",\"operationName\":\"Embeddings_Create\"\n");
    ObjectNode audit = record(now.minus(Duration.ofMinutes(115)), "Audit", "ListKey", "203.0.113.***", "200");
    audit.put("properties", "{\"objectId\": \"" + CONTRACTOR + "\"}");
    append(AUDIT, now.minus(Duration.ofMinutes(115)), audit + "\n");
  }

  /** Appends one logged embeddings call at {@code at} to its hour's blob, as the service would. */
  void call(Instant at, String objectId, String callerIp, String status) {
    ObjectNode r = record(at, "RequestResponse", "Embeddings_Create", callerIp, status);
    // The service writes properties as a JSON string.
    r.put("properties", "{\"apiName\": \"Azure OpenAI API version 2024-10-21\", \"requestTime\": 0, "
        + "\"requestLength\": 1840, \"responseTime\": 0, \"responseLength\": 12904, \"streamType\": \"Non-Streaming\", "
        + "\"modelDeploymentName\": \"embeddings\", \"modelName\": \"text-embedding-3-large\", \"modelVersion\": \"1\", "
        + "\"objectId\": \"" + objectId + "\"}");
    append(REQUESTS, at, r + "\n");
  }

  private ObjectNode record(Instant at, String category, String operation, String callerIp, String status) {
    ObjectNode r = JSON.createObjectNode();
    r.put("time", at.toString());
    r.put("resourceId", resourceId.toUpperCase(Locale.ROOT));
    r.put("category", category);
    r.put("operationName", operation);
    r.put("callerIpAddress", callerIp);
    r.put("correlationId", UUID.nameUUIDFromBytes((category + operation + at + callerIp)
        .getBytes(StandardCharsets.UTF_8)).toString());
    r.put("durationMs", "429".equals(status) ? 12 : 88);
    r.put("resultType", "");
    r.put("resultSignature", status);
    r.put("level", "Informational");
    r.put("location", "eastus");
    return r;
  }

  private void append(String container, Instant at, String line) {
    blobs.append(ACCOUNT, container, blobName(at), line.getBytes(StandardCharsets.UTF_8));
  }

  /** The hour's blob of this resource. */
  String blobName(Instant at) {
    ZonedDateTime t = at.atZone(ZoneOffset.UTC);
    return "resourceId=" + resourceId.toUpperCase(Locale.ROOT) + String.format(Locale.ROOT,
        "/y=%04d/m=%02d/d=%02d/h=%02d/m=00/PT1H.json", t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour());
  }
}
