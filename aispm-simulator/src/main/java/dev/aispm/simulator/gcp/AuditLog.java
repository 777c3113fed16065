package dev.aispm.simulator.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Cloud Audit Logs of {@code acme-vertex-prod} as {@code POST /v2/entries:list} serves them: a
 * recorded morning with planted misuse. The pipeline's service account writes training data and
 * the backend calls the fraud endpoint as usual; then a contractor grants {@code allUsers} on the
 * endpoint, creates a key for the service account the endpoint runs as, and deletes 110 objects
 * of the training bucket within two minutes. Times are relative to the simulator's start. Answers
 * honour the project of {@code resourceNames}, the log names, services and {@code timestamp} bounds
 * of the filter, come oldest first and are cut into pages joined by {@code nextPageToken}.
 */
final class AuditLog {
  static final String PROJECT = "acme-vertex-prod";
  static final String NUMBER = "314159265358";
  /** Entries per page at most, whatever the request asks: small, so paging is exercised. */
  static final int MAX_PAGE = 50;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FROM = Pattern.compile("timestamp>=\"([^\"]+)\"");
  private static final Pattern TO = Pattern.compile("timestamp<=\"([^\"]+)\"");
  private static final String CONTRACTOR = "contractor@acme.example";
  private static final String PIPELINES = "vertex-pipelines@" + PROJECT + ".iam.gserviceaccount.com";
  private static final String SERVING = "vertex-serving@" + PROJECT + ".iam.gserviceaccount.com";

  private final List<ObjectNode> entries = new ArrayList<>();

  AuditLog(Instant start) {
    Instant t = start.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(3));
    String endpoint = "projects/" + NUMBER + "/locations/us-central1/endpoints/2001";
    add(t, "data_access", PIPELINES, "10.128.0.7", "storage.googleapis.com", "storage.objects.create",
        object("fraud/train/part-00001.jsonl"), bucketResource(), null, null);
    add(t.plus(Duration.ofMinutes(5)), "data_access", "app-backend@" + PROJECT + ".iam.gserviceaccount.com",
        "10.128.0.9", "aiplatform.googleapis.com", "google.cloud.aiplatform.v1.PredictionService.Predict", endpoint,
        audited("aiplatform.googleapis.com"), "{\"endpoint\":\"" + endpoint + "\"}", null);
    add(t.plus(Duration.ofMinutes(60)), "activity", CONTRACTOR, "203.0.113.50", "aiplatform.googleapis.com",
        "google.iam.v1.IAMPolicy.SetIamPolicy", endpoint, audited("aiplatform.googleapis.com"),
        "{\"@type\":\"type.googleapis.com/google.iam.v1.SetIamPolicyRequest\",\"resource\":\"" + endpoint
            + "\",\"policy\":{\"bindings\":[{\"role\":\"roles/aiplatform.user\",\"members\":[\"allUsers\"]}]}}", null);
    add(t.plus(Duration.ofMinutes(62)), "activity", CONTRACTOR, "203.0.113.50", "iam.googleapis.com",
        "google.iam.admin.v1.CreateServiceAccountKey", "projects/-/serviceAccounts/" + SERVING,
        "{\"type\":\"service_account\",\"labels\":{\"email_id\":\"" + SERVING + "\",\"project_id\":\"" + PROJECT
            + "\",\"unique_id\":\"104729104729104729\"}}",
        "{\"@type\":\"type.googleapis.com/google.iam.admin.v1.CreateServiceAccountKeyRequest\",\"name\":"
            + "\"projects/-/serviceAccounts/" + SERVING + "\",\"private_key_type\":2}", null);
    for (int i = 0; i < 110; i++) {
      add(t.plus(Duration.ofMinutes(65)).plusSeconds(i), "data_access", CONTRACTOR, "203.0.113.50",
          "storage.googleapis.com", "storage.objects.delete", object(String.format("fraud/train/part-%05d.jsonl", i)),
          bucketResource(), null, null);
    }
    // Refused: logged with its status, but not a change.
    add(t.plus(Duration.ofMinutes(70)), "activity", CONTRACTOR, "203.0.113.50", "aiplatform.googleapis.com",
        "google.cloud.aiplatform.v1.ModelService.UploadModel", "projects/" + PROJECT + "/locations/us-central1",
        audited("aiplatform.googleapis.com"), "{\"parent\":\"projects/" + PROJECT + "/locations/us-central1\"}",
        "{\"code\":7,\"message\":\"Permission 'aiplatform.models.upload' denied\"}");
    entries.sort(Comparator.comparing((ObjectNode e) -> e.get("timestamp").asText()));
  }

  /** One page of the answer to an entries:list request body. */
  String page(JsonNode request) {
    String filter = request.path("filter").asText("");
    Instant from = bound(FROM, filter, Instant.MIN);
    Instant to = bound(TO, filter, Instant.MAX);
    boolean mine = false;
    for (JsonNode r : request.path("resourceNames")) {
      mine |= r.asText().equals("projects/" + PROJECT);
    }
    List<ObjectNode> selected = new ArrayList<>();
    for (ObjectNode e : mine ? entries : List.<ObjectNode>of()) {
      Instant at = Instant.parse(e.get("timestamp").asText());
      if (!at.isBefore(from) && !at.isAfter(to) && filter.contains("\"" + e.get("logName").asText() + "\"")
          && filter.contains("\"" + e.path("protoPayload").path("serviceName").asText() + "\"")) {
        selected.add(e);
      }
    }
    int size = request.path("pageSize").asInt(50);
    size = Math.max(1, Math.min(size, MAX_PAGE));
    String token = request.path("pageToken").asText("");
    int offset = token.startsWith("page-") ? Integer.parseInt(token.substring(5)) : 0;
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode out = answer.putArray("entries");
    for (int i = offset; i < Math.min(selected.size(), offset + size); i++) {
      out.add(selected.get(i));
    }
    if (offset + size < selected.size()) {
      answer.put("nextPageToken", "page-" + (offset + size));
    }
    return answer.toString();
  }

  private static Instant bound(Pattern p, String filter, Instant fallback) {
    Matcher m = p.matcher(filter);
    return m.find() ? Instant.parse(m.group(1)) : fallback;
  }

  private static String object(String name) {
    return "projects/_/buckets/acme-training-data/objects/" + name;
  }

  private static String bucketResource() {
    return "{\"type\":\"gcs_bucket\",\"labels\":{\"bucket_name\":\"acme-training-data\",\"location\":\"us-central1\","
        + "\"project_id\":\"" + PROJECT + "\"}}";
  }

  private static String audited(String service) {
    return "{\"type\":\"audited_resource\",\"labels\":{\"service\":\"" + service + "\",\"project_id\":\"" + PROJECT
        + "\",\"location\":\"us-central1\"}}";
  }

  private void add(Instant at, String log, String principal, String ip, String service, String method,
      String resourceName, String resource, String request, String status) {
    ObjectNode e = JSON.createObjectNode();
    ObjectNode p = e.putObject("protoPayload");
    p.put("@type", "type.googleapis.com/google.cloud.audit.AuditLog");
    p.set("status", read(status == null ? "{}" : status));
    p.putObject("authenticationInfo").put("principalEmail", principal);
    ObjectNode meta = p.putObject("requestMetadata");
    meta.put("callerIp", ip).put("callerSuppliedUserAgent", principal.equals(CONTRACTOR)
        ? "google-cloud-sdk gcloud/467.0.0" : "google-api-java-client/2.7.0");
    meta.putObject("requestAttributes").put("time", at.toString()).putObject("auth");
    meta.putObject("destinationAttributes");
    p.put("serviceName", service);
    p.put("methodName", method);
    ArrayNode authz = p.putArray("authorizationInfo");
    authz.addObject().put("resource", resourceName).put("permission", permission(method))
        .put("granted", status == null).putObject("resourceAttributes");
    p.put("resourceName", resourceName);
    if (request != null) {
      p.set("request", read(request));
    }
    e.put("insertId", UUID.nameUUIDFromBytes((method + resourceName + at).getBytes(StandardCharsets.UTF_8))
        .toString().replace("-", "").substring(0, 16));
    e.set("resource", read(resource));
    e.put("timestamp", at.toString());
    e.put("severity", log.equals("activity") ? "NOTICE" : "INFO");
    e.put("logName", "projects/" + PROJECT + "/logs/cloudaudit.googleapis.com%2F" + log);
    e.put("receiveTimestamp", at.plusMillis(900).toString());
    entries.add(e);
  }

  private static String permission(String method) {
    return switch (method) {
      case "storage.objects.create" -> "storage.objects.create";
      case "storage.objects.delete" -> "storage.objects.delete";
      case "google.iam.admin.v1.CreateServiceAccountKey" -> "iam.serviceAccountKeys.create";
      case "google.iam.v1.IAMPolicy.SetIamPolicy" -> "aiplatform.endpoints.setIamPolicy";
      case "google.cloud.aiplatform.v1.ModelService.UploadModel" -> "aiplatform.models.upload";
      default -> "aiplatform.endpoints.predict";
    };
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
