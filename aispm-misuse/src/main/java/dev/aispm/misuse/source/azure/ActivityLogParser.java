package dev.aispm.misuse.source.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.misuse.event.ActivityEvent;
import dev.aispm.misuse.event.ParseResult;
import dev.aispm.misuse.source.JsonFields;
import dev.aispm.misuse.source.JsonPage;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Parses a page of {@code GET /subscriptions/{id}/providers/Microsoft.Insights/eventtypes/management/values}
 * ({@code {"value":[EventData...],"nextLink":...}}). One operation logs several entries (Started,
 * Accepted, Succeeded); only a {@code Succeeded} entry counts as a successful call, so a detector
 * sees each change once. The request body, which the Activity Log keeps as a JSON string in
 * {@code properties.requestbody} for many writes, is flattened under {@code requestbody.}: it is
 * where settings such as {@code disableLocalAuth} show; the response body an entry may carry
 * ({@code properties.responseBody}, the resource as written) is flattened under {@code responsebody.}.
 */
public final class ActivityLogParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ActivityLogParser() {}

  public static ParseResult parsePage(String answer) {
    return JsonPage.parse(answer, "value", "nextLink", ActivityLogParser::entry);
  }

  static ActivityEvent entry(JsonNode e) {
    if (e == null || !e.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = JsonFields.required(e, "eventDataId");
    String time = JsonFields.required(e, "eventTimestamp");
    String action = JsonFields.required(e, "operationName", "value");
    String status = JsonFields.text(e, "status", "value");
    boolean succeeded = "Succeeded".equalsIgnoreCase(status);
    Map<String, String> params = new java.util.LinkedHashMap<>();
    JsonNode props = e.path("properties");
    body(JsonFields.text(props, "requestbody"), "requestbody.", params);
    // The entry that ends a write may carry the resource as written instead of the request.
    body(JsonFields.text(props, "responseBody"), "responsebody.", params);
    JsonFields.flatten(props).forEach(params::putIfAbsent);
    String resource = JsonFields.text(e, "resourceId");
    return new ActivityEvent(id, JsonFields.instant(time, "eventTimestamp"), "azure",
        JsonFields.text(e, "subscriptionId"), "global", JsonFields.text(e, "caller"),
        JsonFields.text(e, "httpRequest", "clientIpAddress"), null,
        JsonFields.text(e, "resourceProviderName", "value"), action,
        resource == null ? List.of() : List.of(resource), succeeded,
        succeeded ? null : status + (JsonFields.text(e, "subStatus", "value") == null ? ""
            : "/" + JsonFields.text(e, "subStatus", "value")),
        params);
  }

  /** Flattens a body the Activity Log keeps as a JSON string under {@code prefix}. */
  private static void body(String body, String prefix, Map<String, String> params) {
    if (body != null && body.startsWith("{")) {
      try {
        JsonFields.flatten(JSON.readTree(body)).forEach((k, v) -> params.put(prefix + k, v));
      } catch (IOException ignored) {
        // A body that is not JSON is kept as the plain property.
      }
    }
  }
}
