package dev.aispm.simulator.azure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production subscription's Activity Log
 * ({@code GET /subscriptions/{id}/providers/Microsoft.Insights/eventtypes/management/values}),
 * a recorded morning with planted misuse: the ML pipeline's service principal submits its usual
 * training job, then a contractor switches off the jailbreak filter of the OpenAI account's
 * content filter policy, lists the account's keys and turns key authentication back on for the
 * locked-down AI Services account. Each operation logs a Started and a Succeeded entry, as ARM
 * does. Times are relative to the simulator's start, so they fall inside a first scan's backfill
 * window. Answers honour the {@code eventTimestamp} bounds of {@code $filter}, come newest first
 * and are cut into pages joined by {@code nextLink} with a {@code $skipToken}, as the Monitor API's are.
 */
final class ActivityLog {
  /** Entries per page: small, so the collector's paging is exercised. */
  static final int PAGE_SIZE = 3;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern GE = Pattern.compile("eventTimestamp ge '([^']+)'");
  private static final Pattern LE = Pattern.compile("eventTimestamp le '([^']+)'");
  private static final Pattern SKIP = Pattern.compile("\\$skipToken=([0-9]+)", Pattern.CASE_INSENSITIVE);
  private static final String ML_PIPELINE = "3c2b1a09-8f7e-4d6c-9b5a-acme0000ml01";
  private static final String CONTRACTOR = "contractor@acme.example";

  private final AzureTenant tenant;
  private final List<ObjectNode> entries = new ArrayList<>();

  ActivityLog(AzureTenant tenant, Instant start) {
    this.tenant = tenant;
    String sub = tenant.production();
    Instant t = start.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(3));
    String ws = "/subscriptions/" + sub + "/resourceGroups/ml-prod/providers/Microsoft.MachineLearningServices"
        + "/workspaces/fraud-ws";
    String openai = "/subscriptions/" + sub + "/resourceGroups/ai-prod/providers/Microsoft.CognitiveServices"
        + "/accounts/acme-openai";
    String secure = "/subscriptions/" + sub + "/resourceGroups/ai-prod/providers/Microsoft.CognitiveServices"
        + "/accounts/acme-aiservices-secure";
    operation(t, ML_PIPELINE, "10.20.0.4", "Microsoft.MachineLearningServices/workspaces/jobs/write",
        ws + "/jobs/train-fraud-2024", "PUT", "{\"properties\":{\"jobType\":\"Command\"}}",
        "{\"id\":\"" + ws + "/jobs/train-fraud-2024\",\"properties\":{\"jobType\":\"Command\",\"status\":\"Queued\"}}");
    String filters = "{\"basePolicyName\":\"Microsoft.DefaultV2\",\"mode\":\"Default\",\"contentFilters\":["
        + "{\"name\":\"Jailbreak\",\"enabled\":false,\"blocking\":false,\"source\":\"Prompt\"},"
        + "{\"name\":\"Hate\",\"severityThreshold\":\"High\",\"enabled\":true,\"blocking\":true,\"source\":\"Prompt\"}]}";
    operation(t.plus(Duration.ofMinutes(60)), CONTRACTOR, "203.0.113.50",
        "Microsoft.CognitiveServices/accounts/raiPolicies/write", openai + "/raiPolicies/relaxed-filter", "PUT",
        "{\"properties\":" + filters + "}",
        "{\"id\":\"" + openai + "/raiPolicies/relaxed-filter\",\"name\":\"relaxed-filter\",\"properties\":" + filters + "}");
    operation(t.plus(Duration.ofMinutes(62)), CONTRACTOR, "203.0.113.50",
        "Microsoft.CognitiveServices/accounts/listKeys/action", openai, "POST", null, null);
    operation(t.plus(Duration.ofMinutes(65)), CONTRACTOR, "203.0.113.50",
        "Microsoft.CognitiveServices/accounts/write", secure, "PATCH",
        "{\"properties\":{\"disableLocalAuth\":false}}",
        "{\"id\":\"" + secure + "\",\"kind\":\"AIServices\",\"properties\":{\"disableLocalAuth\":false,"
            + "\"publicNetworkAccess\":\"Disabled\",\"provisioningState\":\"Succeeded\"}}");
    // A denied attempt: logged, but not a change.
    failed(t.plus(Duration.ofMinutes(66)), CONTRACTOR, "203.0.113.50",
        "Microsoft.CognitiveServices/accounts/delete", secure, "DELETE");
    entries.sort(Comparator.comparing((ObjectNode e) -> e.get("eventTimestamp").asText()).reversed());
  }

  /** Whether {@code decodedPath} (lower case) is a subscription's Activity Log. */
  static boolean matches(String decodedPath) {
    return decodedPath.matches("/subscriptions/[^/]+/providers/microsoft\\.insights/eventtypes/management/values");
  }

  /** One page of the answer for {@code subscription} and the request's raw query. */
  String page(String subscription, String rawQuery, String baseUrl) {
    String query = URLDecoder.decode(rawQuery == null ? "" : rawQuery.replace("+", "%2B"), StandardCharsets.UTF_8);
    Instant from = bound(GE, query, Instant.MIN);
    Instant to = bound(LE, query, Instant.MAX);
    Matcher skip = SKIP.matcher(query);
    int offset = skip.find() ? Integer.parseInt(skip.group(1)) : 0;
    List<ObjectNode> selected = new ArrayList<>();
    if (subscription.equalsIgnoreCase(tenant.production())) {
      for (ObjectNode e : entries) {
        Instant at = Instant.parse(e.get("eventTimestamp").asText());
        if (!at.isBefore(from) && !at.isAfter(to)) {
          selected.add(e);
        }
      }
    }
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode value = answer.putArray("value");
    for (int i = offset; i < Math.min(selected.size(), offset + PAGE_SIZE); i++) {
      value.add(selected.get(i));
    }
    if (offset + PAGE_SIZE < selected.size()) {
      String filter = query.replaceAll("(?i)[?&]?\\$skipToken=[0-9]+", "");
      Matcher f = Pattern.compile("\\$filter=([^&]*)").matcher(filter);
      String filterValue = f.find() ? f.group(1) : "";
      answer.put("nextLink", baseUrl + "/subscriptions/" + subscription.toLowerCase(Locale.ROOT)
          + "/providers/microsoft.insights/eventtypes/management/values?api-version=2015-04-01&%24filter="
          + URLEncoder.encode(filterValue, StandardCharsets.UTF_8).replace("+", "%20")
          + "&%24skipToken=" + (offset + PAGE_SIZE));
    }
    return answer.toString();
  }

  private static Instant bound(Pattern p, String query, Instant fallback) {
    Matcher m = p.matcher(query);
    return m.find() ? Instant.parse(m.group(1)) : fallback;
  }

  /**
   * An operation's two entries: the request body on the entry that starts it, the resource as
   * written on the entry that ends it (ARM keeps both as JSON strings in {@code properties}).
   */
  private void operation(Instant at, String caller, String ip, String action, String resource, String method,
      String requestBody, String responseBody) {
    String correlation = UUID.nameUUIDFromBytes((action + resource + at).getBytes(StandardCharsets.UTF_8)).toString();
    ObjectNode started = entry(at, caller, ip, action, resource, method, correlation, "Started", "", "BeginRequest");
    if (requestBody != null) {
      ((ObjectNode) started.get("properties")).put("requestbody", requestBody);
    }
    entries.add(started);
    ObjectNode done = entry(at.plusSeconds(4), caller, ip, action, resource, method, correlation, "Succeeded", "OK",
        "EndRequest");
    if (responseBody != null) {
      ((ObjectNode) done.get("properties")).put("statusCode", "OK").put("responseBody", responseBody);
    }
    entries.add(done);
  }

  private void failed(Instant at, String caller, String ip, String action, String resource, String method) {
    String correlation = UUID.nameUUIDFromBytes((action + resource + at).getBytes(StandardCharsets.UTF_8)).toString();
    entries.add(entry(at, caller, ip, action, resource, method, correlation, "Failed", "Forbidden", "EndRequest"));
  }

  private ObjectNode entry(Instant at, String caller, String ip, String action, String resource, String method,
      String correlation, String status, String subStatus, String eventName) {
    String id = UUID.nameUUIDFromBytes((correlation + status).getBytes(StandardCharsets.UTF_8)).toString();
    String provider = action.substring(0, action.indexOf('/'));
    String group = resource.split("/")[4];
    ObjectNode e = JSON.createObjectNode();
    e.putObject("authorization").put("action", action).put("scope", resource);
    e.put("caller", caller);
    e.put("channels", "Operation");
    e.putObject("claims").put("aud", "https://management.core.windows.net/").put("ipaddr", ip);
    e.put("correlationId", correlation);
    e.put("description", "");
    e.put("eventDataId", id);
    e.putObject("eventName").put("value", eventName).put("localizedValue", eventName);
    e.putObject("category").put("value", "Administrative").put("localizedValue", "Administrative");
    e.put("eventTimestamp", at.toString());
    e.put("id", resource + "/events/" + id + "/ticks/" + at.toEpochMilli());
    e.put("level", "Failed".equals(status) ? "Error" : "Informational");
    e.put("operationId", correlation);
    e.putObject("operationName").put("value", action).put("localizedValue", action);
    e.put("resourceGroupName", group);
    e.putObject("resourceProviderName").put("value", provider).put("localizedValue", provider);
    e.put("resourceId", resource);
    e.putObject("status").put("value", status).put("localizedValue", status);
    e.putObject("subStatus").put("value", subStatus).put("localizedValue", subStatus);
    e.put("submissionTimestamp", at.plusSeconds(40).toString());
    e.put("subscriptionId", tenant.production());
    e.put("tenantId", tenant.tenantId());
    ObjectNode props = e.putObject("properties");
    props.put("eventCategory", "Administrative");
    props.put("entity", resource);
    props.put("message", action);
    props.put("hierarchy", tenant.tenantId() + "/" + tenant.production());
    e.putObject("httpRequest").put("clientRequestId", correlation).put("clientIpAddress", ip).put("method", method);
    return e;
  }
}
