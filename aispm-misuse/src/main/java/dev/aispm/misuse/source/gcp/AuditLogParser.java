package dev.aispm.misuse.source.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.misuse.event.ActivityEvent;
import dev.aispm.misuse.event.ParseResult;
import dev.aispm.misuse.source.JsonFields;
import dev.aispm.misuse.source.JsonPage;
import java.util.List;

/**
 * Parses a page of {@code POST https://logging.googleapis.com/v2/entries:list}
 * ({@code {"entries":[LogEntry...],"nextPageToken":...}}) holding Cloud Audit Logs entries (Admin
 * Activity and Data Access), whose {@code protoPayload} is a
 * {@code type.googleapis.com/google.cloud.audit.AuditLog}. An entry with another payload is not an
 * audit record and counts as malformed: the filter asked only for audit logs.
 */
public final class AuditLogParser {
  static final String AUDIT_LOG = "type.googleapis.com/google.cloud.audit.AuditLog";

  private AuditLogParser() {}

  public static ParseResult parsePage(String answer) {
    return JsonPage.parse(answer, "entries", "nextPageToken", AuditLogParser::entry);
  }

  static ActivityEvent entry(JsonNode e) {
    if (e == null || !e.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = JsonFields.required(e, "insertId");
    String time = JsonFields.required(e, "timestamp");
    JsonNode p = e.path("protoPayload");
    if (!AUDIT_LOG.equals(JsonFields.text(p, "@type"))) {
      throw new IllegalArgumentException("protoPayload is not an AuditLog");
    }
    String method = JsonFields.required(p, "methodName");
    String project = JsonFields.text(e, "resource", "labels", "project_id");
    if (project == null) {
      String log = JsonFields.text(e, "logName");
      project = log != null && log.startsWith("projects/") ? log.split("/")[1] : null;
    }
    String region = JsonFields.text(e, "resource", "labels", "location");
    if (region == null) {
      region = JsonFields.text(e, "resource", "labels", "region");
    }
    JsonNode locations = p.path("resourceLocation").path("currentLocations");
    if (region == null && locations.size() > 0) {
      region = locations.get(0).asText();
    }
    // status is absent or code 0 for success (google.rpc.Status).
    String code = JsonFields.text(p, "status", "code");
    boolean succeeded = code == null || "0".equals(code);
    String resource = JsonFields.text(p, "resourceName");
    return new ActivityEvent(id, JsonFields.instant(time, "timestamp"), "gcp", project,
        region == null ? "global" : region, JsonFields.text(p, "authenticationInfo", "principalEmail"),
        JsonFields.text(p, "requestMetadata", "callerIp"), JsonFields.text(p, "requestMetadata", "callerSuppliedUserAgent"),
        JsonFields.text(p, "serviceName"), method, resource == null ? List.of() : List.of(resource), succeeded,
        succeeded ? null : JsonFields.text(p, "status", "message"), JsonFields.flatten(p.get("request")));
  }
}
