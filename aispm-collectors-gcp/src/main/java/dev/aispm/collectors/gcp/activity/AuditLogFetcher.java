package dev.aispm.collectors.gcp.activity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aispm.collectors.gcp.GcpRest;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads one project's Cloud Audit Logs for a time window:
 * {@code POST /v2/entries:list} with {@code resourceNames: [projects/ID]}, a filter on the two
 * audit log names and the services whose calls the detectors read, oldest first, following
 * {@code nextPageToken}. Admin Activity entries need {@code logging.logEntries.list}; Data Access
 * entries (model calls, object writes and deletes) also need {@code logging.privateLogEntries.list}.
 */
final class AuditLogFetcher {
  /** The services whose audit entries the detectors read. */
  static final List<String> SERVICES = List.of("aiplatform.googleapis.com", "notebooks.googleapis.com",
      "iam.googleapis.com", "storage.googleapis.com");
  /** Entries per page: the API's maximum, so a busy day takes few calls. */
  static final int PAGE_SIZE = 1000;
  /** Pages read at most per window, so an answer that pages forever cannot hold the scan. */
  private static final int MAX_PAGES = 100_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final GcpRest rest;
  private final String endpoint;

  AuditLogFetcher(GcpRest rest, String endpoint) {
    this.rest = rest;
    this.endpoint = endpoint;
  }

  /** Hands each raw answer page of {@code [from, to]} to {@code page}, oldest entries first. */
  void pages(String project, Instant from, Instant to, Consumer<String> page) {
    Set<String> seen = new HashSet<>();
    String token = null;
    for (int n = 0; n < MAX_PAGES; n++) {
      String body = rest.post(endpoint + "/v2/entries:list", request(project, from, to, token));
      page.accept(body);
      token = nextToken(body);
      if (token == null) {
        return;
      }
      if (!seen.add(token)) {
        throw new IllegalStateException("entries:list of " + project + " repeated page token " + token);
      }
    }
    throw new IllegalStateException("entries:list of " + project + " did not end after " + MAX_PAGES + " pages");
  }

  /** The request body of one page. */
  static String request(String project, Instant from, Instant to, String pageToken) {
    ObjectNode body = JSON.createObjectNode();
    body.putArray("resourceNames").add("projects/" + project);
    body.put("filter", filter(project, from, to));
    body.put("orderBy", "timestamp asc");
    body.put("pageSize", PAGE_SIZE);
    if (pageToken != null) {
      body.put("pageToken", pageToken);
    }
    return body.toString();
  }

  /** The Logging query: both audit logs of the project, the AI-related services, the time range. */
  static String filter(String project, Instant from, Instant to) {
    String logs = "logName=(\"projects/" + project + "/logs/cloudaudit.googleapis.com%2Factivity\" OR \"projects/"
        + project + "/logs/cloudaudit.googleapis.com%2Fdata_access\")";
    String services = "protoPayload.serviceName=(\"" + String.join("\" OR \"", SERVICES) + "\")";
    return logs + " AND " + services + " AND timestamp>=\"" + from + "\" AND timestamp<=\"" + to + "\"";
  }

  /** The answer's nextPageToken, null on the last page (an unreadable answer is the parser's to count). */
  static String nextToken(String body) {
    try {
      JsonNode token = JSON.readTree(body).get("nextPageToken");
      return token == null || token.isNull() || token.asText().isEmpty() ? null : token.asText();
    } catch (IOException e) {
      return null;
    }
  }
}
