package dev.aispm.simulator.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers every Google API request that reaches the fake. The OAuth token endpoint checks the
 * service-account JWT's RS256 signature against the key the simulator generated and issues an
 * access token; every other call must carry one. Answers come from planted files
 * ({@link GcpRoutes}), lists are cut into pages of {@link #PAGE_SIZE} items so every collector
 * follows {@code nextPageToken}, and a denied project answers 403 PERMISSION_DENIED with an
 * ErrorInfo naming the permission, as Google's APIs do. Logging's {@code entries:list} answers
 * the planted audit logs ({@link AuditLog}), generated because their times follow the start.
 */
public final class GcpRouter implements ResponseDefinitionTransformerV2 {
  /** The transformer's name, referenced by the catch-all stub. */
  public static final String NAME = "aispm-gcp-router";
  /** Items per page of every list answer: small, so paging is always exercised. */
  static final int PAGE_SIZE = 2;
  private static final String ROOT = "simulator/gcp/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> LIST_FIELDS = Set.of("projects", "folders", "services", "accounts", "locations",
      "endpoints", "models", "customJobs", "trainingPipelines", "pipelineJobs", "datasets", "tuningJobs",
      "indexEndpoints", "featureOnlineStores", "notebookRuntimes", "instances", "items", "batchPredictionJobs",
      "hyperparameterTuningJobs", "nasJobs", "featurestores", "roles", "repositories", "dockerImages",
      "functions", "revisions", "jobs");

  private final GcpOrganization org;
  private final PublicKey publicKey;
  private final String clientEmail;
  private final Set<String> tokens = ConcurrentHashMap.newKeySet();
  private final Set<String> permissionsSeen = ConcurrentHashMap.newKeySet();
  private final Map<String, Optional<JsonNode>> files = new ConcurrentHashMap<>();
  private final GcsObjects objects = new GcsObjects();
  private final AuditLog auditLog = new AuditLog(java.time.Instant.now());
  private final ArtifactImages artifacts = new ArtifactImages();
  private static final java.util.regex.Pattern DOCKER_IMAGES = java.util.regex.Pattern.compile(
      "^/artifactregistry/v1/projects/([^/]+)/locations/([^/]+)/repositories/([^/]+)/dockerImages$");
  private static final java.util.regex.Pattern DOCKER_API = java.util.regex.Pattern.compile(
      "^/docker/v2/(.+)/(manifests|blobs)/([^/]+)$");
  private static final java.util.regex.Pattern OBJECTS =
      java.util.regex.Pattern.compile("^(?:/download)?/storage/v1/b/([^/]+)/o(?:/(.+))?$");

  GcpRouter(GcpOrganization org, PublicKey publicKey, String clientEmail) {
    this.org = org;
    this.publicKey = publicKey;
    this.clientEmail = clientEmail;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  /** Every permission the answered calls needed. */
  Set<String> permissionsSeen() {
    return Set.copyOf(permissionsSeen);
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Answer a = handle(event.getRequest());
    ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition().withStatus(a.status())
        .withHeader("Content-Type", a.contentType());
    return (a.bytes() != null ? b.withBody(a.bytes()) : b.withBody(a.body())).build();
  }

  record Answer(int status, String body, byte[] bytes, String contentType) {
    Answer(int status, String body) {
      this(status, body, null, "application/json; charset=UTF-8");
    }
  }

  Answer handle(Request request) {
    String url = request.getUrl();
    if (request.getMethod().value().equals("POST") && url.startsWith("/token")) {
      return token(request.getBodyAsString());
    }
    String auth = request.containsHeader("Authorization") ? request.getHeader("Authorization") : "";
    if (!auth.startsWith("Bearer ") || !tokens.contains(auth.substring(7))) {
      return error(401, "UNAUTHENTICATED", "Request had invalid authentication credentials.", null, null);
    }
    if (request.getMethod().value().equals("POST") && url.startsWith("/v2/entries:list")) {
      return entries(request.getBodyAsString());
    }
    String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    java.util.regex.Matcher images = DOCKER_IMAGES.matcher(path);
    if (request.getMethod().value().equals("GET") && images.matches()) {
      return dockerImages(images.group(1), images.group(2), images.group(3));
    }
    java.util.regex.Matcher docker = DOCKER_API.matcher(path);
    if (request.getMethod().value().equals("GET") && docker.matches()) {
      return docker(docker.group(1), docker.group(2), docker.group(3));
    }
    java.util.regex.Matcher o = OBJECTS.matcher(url.contains("?") ? url.substring(0, url.indexOf('?')) : url);
    if (request.getMethod().value().equals("GET") && o.matches()) {
      return object(o.group(1), o.group(2) == null ? null
          : java.net.URLDecoder.decode(o.group(2), StandardCharsets.UTF_8), query(url));
    }
    Optional<GcpRoute> route = GcpRoutes.route(request.getMethod().value(), url);
    if (route.isEmpty()) {
      return error(404, "NOT_FOUND", "The simulator does not serve " + request.getMethod().value() + " " + url, null, null);
    }
    GcpRoute r = route.get();
    permissionsSeen.add(r.permission());
    if (org.deniesProject(r.project())) {
      return error(403, "PERMISSION_DENIED", "Permission '" + r.permission() + "' denied on resource 'projects/"
          + r.project() + "' (or it may not exist).", r.permission(), "projects/" + r.project());
    }
    Optional<JsonNode> body = file(r.file());
    if (body.isEmpty()) {
      // A list with nothing planted is an empty list: Google omits empty repeated fields.
      return url.contains("/storage/v1/b/") && !url.endsWith("/iam") && !url.contains("/acl")
          ? error(404, "NOT_FOUND", "not found", null, null) : new Answer(200, "{}");
    }
    return new Answer(200, page(body.get(), GcpRoutes.param(query(url), "pageToken")));
  }

  /**
   * Logging's entries:list: Admin Activity entries need logging.logEntries.list, Data Access
   * entries also logging.privateLogEntries.list, checked on the project of resourceNames.
   */
  private Answer entries(String body) {
    JsonNode request = readJson(body == null || body.isBlank() ? "{}" : body);
    boolean dataAccess = request.path("filter").asText("").contains("data_access");
    permissionsSeen.add("logging.logEntries.list");
    if (dataAccess) {
      permissionsSeen.add("logging.privateLogEntries.list");
    }
    for (JsonNode r : request.path("resourceNames")) {
      String project = r.asText().startsWith("projects/") ? r.asText().substring("projects/".length()) : null;
      if (project != null && org.deniesProject(project)) {
        String permission = dataAccess ? "logging.privateLogEntries.list" : "logging.logEntries.list";
        return error(403, "PERMISSION_DENIED", "Permission '" + permission + "' denied on resource 'projects/"
            + project + "' (or it may not exist).", permission, "projects/" + project);
      }
    }
    return new Answer(200, auditLog.page(request));
  }

  /** Artifact Registry's dockerImages.list: generated, since the planted images' digests are computed at start. */
  private Answer dockerImages(String project, String location, String repository) {
    String permission = "artifactregistry.dockerimages.list";
    permissionsSeen.add(permission);
    if (org.deniesProject(project)) {
      return error(403, "PERMISSION_DENIED", "Permission '" + permission + "' denied on resource 'projects/"
          + project + "' (or it may not exist).", permission, "projects/" + project);
    }
    if (!project.equals(ArtifactImages.PROJECT) || !location.equals(ArtifactImages.LOCATION)
        || !repository.equals(ArtifactImages.REPOSITORY)) {
      return new Answer(200, "{}");
    }
    return new Answer(200, artifacts.dockerImages(location + "-docker.pkg.dev"));
  }

  /**
   * The Docker registry API of LOCATION-docker.pkg.dev (reached through its endpoint override):
   * manifests and blobs of the planted images, for a caller holding an OAuth token, which
   * Artifact Registry authorizes as downloadArtifacts on the repository.
   */
  private Answer docker(String name, String kind, String reference) {
    String permission = "artifactregistry.repositories.downloadArtifacts";
    permissionsSeen.add(permission);
    String project = name.split("/")[0];
    if (org.deniesProject(project)) {
      return new Answer(403, null, dev.aispm.simulator.registry.RegistryImages.error("DENIED",
          "Permission \"" + permission + "\" denied on resource"), "application/json");
    }
    Optional<byte[]> bytes = kind.equals("manifests") ? artifacts.manifest(name, reference) : artifacts.blob(reference);
    if (bytes.isEmpty()) {
      return new Answer(404, null, dev.aispm.simulator.registry.RegistryImages.error(
          kind.equals("manifests") ? "MANIFEST_UNKNOWN" : "BLOB_UNKNOWN", "unknown " + reference), "application/json");
    }
    return new Answer(200, null, bytes.get(), kind.equals("manifests")
        ? dev.aispm.simulator.registry.RegistryImages.OCI_MANIFEST : "application/octet-stream");
  }

  /** objects.list, objects.get and the media download of the JSON API. */
  private Answer object(String bucket, String name, String query) {
    if (name == null) {
      permissionsSeen.add("storage.objects.list");
      return new Answer(200, page(readJson(objects.list(bucket, GcpRoutes.param(query, "prefix"))),
          GcpRoutes.param(query, "pageToken")));
    }
    permissionsSeen.add("storage.objects.get");
    Optional<byte[]> bytes = objects.get(bucket, name);
    if (bytes.isEmpty()) {
      return error(404, "NOT_FOUND", "No such object: " + bucket + "/" + name, null, null);
    }
    if ("media".equals(GcpRoutes.param(query, "alt"))) {
      return new Answer(200, null, bytes.get(), "application/octet-stream");
    }
    return new Answer(200, objects.resource(bucket, name, bytes.get()).toString());
  }

  private static JsonNode readJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String query(String url) {
    int q = url.indexOf('?');
    return q < 0 ? "" : url.substring(q + 1);
  }

  /** Cuts the list field of an answer into a page, adding nextPageToken when more follow. */
  static String page(JsonNode body, String token) {
    if (!(body instanceof ObjectNode o)) {
      return body.toString();
    }
    if (o.path("items").isObject()) {
      return aggregatedPage(o, token);
    }
    ObjectNode copy = o.deepCopy();
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!LIST_FIELDS.contains(field) || !o.get(field).isArray()) {
        continue;
      }
      ArrayNode all = (ArrayNode) o.get(field);
      int from = token == null ? 0 : Integer.parseInt(token.replace("page-", ""));
      ArrayNode page = copy.putArray(field);
      for (int i = from; i < Math.min(all.size(), from + PAGE_SIZE); i++) {
        page.add(all.get(i));
      }
      if (from + PAGE_SIZE < all.size()) {
        copy.put("nextPageToken", "page-" + (from + PAGE_SIZE));
      }
    }
    return copy.toString();
  }

  /**
   * A page of a Compute Engine aggregated list ({@code items} maps each zone to its scoped list):
   * the resources of every zone, in order, cut into pages of {@link #PAGE_SIZE}; each page maps
   * the zones of its resources to them, and a zone without any keeps its warning on the first page.
   */
  static String aggregatedPage(ObjectNode body, String token) {
    record Entry(String scope, String field, JsonNode item) {}
    java.util.List<Entry> all = new java.util.ArrayList<>();
    ObjectNode copy = body.deepCopy();
    ObjectNode items = copy.putObject("items");
    int from = token == null ? 0 : Integer.parseInt(token.replace("page-", ""));
    for (Iterator<Map.Entry<String, JsonNode>> it = body.path("items").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> scope = it.next();
      boolean listed = false;
      for (Iterator<Map.Entry<String, JsonNode>> f = scope.getValue().fields(); f.hasNext(); ) {
        Map.Entry<String, JsonNode> field = f.next();
        if (field.getValue().isArray()) {
          listed = true;
          field.getValue().forEach(item -> all.add(new Entry(scope.getKey(), field.getKey(), item)));
        }
      }
      if (!listed && from == 0) {
        items.set(scope.getKey(), scope.getValue());
      }
    }
    for (int i = from; i < Math.min(all.size(), from + PAGE_SIZE); i++) {
      Entry e = all.get(i);
      ObjectNode scope = items.has(e.scope()) ? (ObjectNode) items.get(e.scope()) : items.putObject(e.scope());
      (scope.has(e.field()) ? (ArrayNode) scope.get(e.field()) : scope.putArray(e.field())).add(e.item());
    }
    copy.remove("nextPageToken");
    if (from + PAGE_SIZE < all.size()) {
      copy.put("nextPageToken", "page-" + (from + PAGE_SIZE));
    }
    return copy.toString();
  }

  private Optional<JsonNode> file(String path) {
    return files.computeIfAbsent(path, p -> {
      try (InputStream in = GcpRouter.class.getClassLoader().getResourceAsStream(ROOT + p + ".json")) {
        return in == null ? Optional.empty() : Optional.of(JSON.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The OAuth 2.0 JWT-bearer grant: verifies the assertion and issues a short random token. */
  private Answer token(String form) {
    String assertion = GcpRoutes.param(form, "assertion");
    if (assertion == null || !valid(assertion)) {
      return new Answer(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}");
    }
    String token = "ya29.simulated-" + UUID.randomUUID();
    tokens.add(token);
    return new Answer(200, "{\"access_token\":\"" + token + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}");
  }

  private boolean valid(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length != 3) {
      return false;
    }
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initVerify(publicKey);
      s.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!s.verify(Base64.getUrlDecoder().decode(parts[2]))) {
        return false;
      }
      JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
      return clientEmail.equals(claims.path("iss").asText());
    } catch (Exception e) {
      return false;
    }
  }

  private static Answer error(int code, String status, String message, String permission, String resource) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode e = root.putObject("error");
    e.put("code", code).put("message", message).put("status", status);
    if (permission != null) {
      ObjectNode info = e.putArray("details").addObject();
      info.put("@type", "type.googleapis.com/google.rpc.ErrorInfo");
      info.put("reason", "IAM_PERMISSION_DENIED");
      info.put("domain", "iam.googleapis.com");
      info.putObject("metadata").put("permission", permission).put("resource", resource);
    }
    return new Answer(code, root.toString());
  }
}
