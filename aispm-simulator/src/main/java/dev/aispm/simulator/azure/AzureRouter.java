package dev.aispm.simulator.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers every request that reaches the simulated Azure.
 *
 * <ul>
 *   <li>{@code POST /TENANT/oauth2/v2.0/token} with the client-credentials grant of the tenant's
 *       scanner principal: a bearer token (the shape of Microsoft identity platform's answer).</li>
 *   <li>{@code GET} with that token: the file {@code simulator/azure/arm/PATH.json} (PATH
 *       lower-cased, query ignored except {@code $skiptoken=N}, served from {@code PATH@N.json}).
 *       {@code {{base}}} in a file becomes the server's URL, for nextLink. A file
 *       {@code {"_status": 403, "_body": {...}}} answers that error. An absent file is an empty list,
 *       as ARM answers for a provider with no resources. The Activity Log is generated
 *       ({@link ActivityLog}), since its times follow the simulator's start.</li>
 *   <li>{@code GET /ACCOUNT/CONTAINER?restype=container&comp=list} and {@code GET /ACCOUNT/CONTAINER/BLOB}
 *       with that token: the Blob service of the planted storage accounts ({@link BlobObjects}), path-style
 *       as Azurite serves it, which is where the accounts' {@code primaryEndpoints.blob} point. List
 *       Blobs pages by {@code maxresults} and {@code marker}; Get Blob honours {@code x-ms-range} /
 *       {@code Range} and {@code If-Match}. The AI Services account's archived diagnostic logs
 *       ({@link DiagnosticLogs}) are append blobs there.</li>
 *   <li>{@code /oauth2/exchange}, {@code /oauth2/token}, {@code /acr/v1/...} and {@code /v2/...}: the data
 *       plane of the planted container registry ({@link ContainerRegistryPlane}), where
 *       AISPM_AZURE_ACR_ENDPOINT points.</li>
 *   <li>{@code POST .../sites/APP/config/appsettings/list}, the one list action the collector may
 *       invoke (app settings, when enabled): the planted {@code list.json} beside the app's config.</li>
 *   <li>Anything else (a write, a missing or wrong token): the ARM error ARM would give.</li>
 * </ul>
 */
public final class AzureRouter implements ResponseDefinitionTransformerV2 {
  /** The transformer's name, referenced by the catch-all stub. */
  public static final String NAME = "aispm-azure-router";
  private static final String ROOT = "simulator/azure/arm";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TOKEN_PATH = Pattern.compile("/([^/]+)/oauth2/v2\\.0/token");
  private static final Pattern SKIP = Pattern.compile("[?&]\\$skiptoken=([0-9]+)");
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

  private final AzureTenant tenant;
  private final BlobObjects blobs = new BlobObjects();
  private final ContainerRegistryPlane registry = new ContainerRegistryPlane();
  private final ActivityLog activity;
  private final DiagnosticLogs diagnostics;
  private final String token = "sim-" + UUID.randomUUID();
  private final Map<String, Optional<String>> files = new ConcurrentHashMap<>();
  private final Set<String> pathsSeen = ConcurrentHashMap.newKeySet();
  private final AtomicLong calls = new AtomicLong();
  private volatile String baseUrl = "";

  public AzureRouter(AzureTenant tenant) {
    this.tenant = tenant;
    Instant start = Instant.now();
    this.activity = new ActivityLog(tenant, start);
    this.diagnostics = new DiagnosticLogs(blobs, tenant, start);
  }

  void baseUrl(String url) {
    this.baseUrl = url;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    String url = request.getUrl();
    String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    Matcher tokenPath = TOKEN_PATH.matcher(path);
    if (tokenPath.matches()) {
      return token(tokenPath.group(1), request);
    }
    if (ContainerRegistryPlane.matches(path)) {
      ContainerRegistryPlane.Answer a = registry.handle(request.getMethod().value(), path,
          url.contains("?") ? url.substring(url.indexOf('?') + 1) : "", request.getBodyAsString(),
          request.containsHeader("Authorization") ? request.getHeader("Authorization") : null, token);
      return ResponseDefinitionBuilder.responseDefinition().withStatus(a.status())
          .withHeader("Content-Type", a.contentType()).withBody(a.body()).build();
    }
    calls.incrementAndGet();
    String auth = request.getHeader("Authorization");
    if (auth == null || !auth.equals("Bearer " + token)) {
      return error(401, "AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing or invalid.");
    }
    String decoded = URLDecoder.decode(path, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    boolean listAction = "POST".equals(request.getMethod().value()) && decoded.startsWith("/subscriptions/")
        && decoded.endsWith("/config/appsettings/list");
    if (!"GET".equals(request.getMethod().value()) && !listAction) {
      return error(405, "MethodNotAllowed", "The simulated tenant is read-only.");
    }
    pathsSeen.add(decoded);
    if (ActivityLog.matches(decoded)) {
      return json(200, activity.page(decoded.split("/")[2], url.contains("?") ? url.substring(url.indexOf('?') + 1) : "",
          baseUrl));
    }
    if (!decoded.startsWith("/subscriptions") && !decoded.startsWith("/providers")) {
      return blob(request, URLDecoder.decode(path, StandardCharsets.UTF_8), url);
    }
    Matcher page = SKIP.matcher(url);
    String file = ROOT + decoded + (page.find() ? "@" + page.group(1) : "") + ".json";
    Optional<String> body = files.computeIfAbsent(file, AzureRouter::read);
    if (body.isEmpty()) {
      return json(200, "{\"value\":[]}");
    }
    String text = body.get().replace("{{base}}", baseUrl);
    try {
      JsonNode node = JSON.readTree(text);
      if (node.has("_status")) {
        return json(node.get("_status").asInt(), JSON.writeValueAsString(node.get("_body")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("planted file is not JSON: " + file, e);
    }
    return json(200, text);
  }

  /** The Blob service's answer to a path-style request {@code /ACCOUNT/CONTAINER[/BLOB]}. */
  private ResponseDefinition blob(Request request, String path, String url) {
    String[] parts = path.substring(1).split("/", 3);
    String account = parts[0];
    String container = parts.length > 1 ? parts[1] : "";
    String name = parts.length > 2 ? parts[2] : "";
    Map<String, String> query = query(url);
    if (!blobs.hasContainer(account, container)) {
      return blobError(404, "ContainerNotFound", "The specified container does not exist.");
    }
    if (name.isEmpty()) {
      if (!"container".equals(query.get("restype")) || !"list".equals(query.get("comp"))) {
        return blobError(400, "UnsupportedQueryParameter", "The simulated Blob service lists containers' blobs only.");
      }
      int max = query.containsKey("maxresults") ? Integer.parseInt(query.get("maxresults")) : 5000;
      String xml = blobs.list(baseUrl + "/" + account + "/", account, container, query.get("prefix"),
          query.get("marker"), Math.max(1, Math.min(5000, max)));
      return blobHeaders(ResponseDefinitionBuilder.responseDefinition().withStatus(200)
          .withHeader("Content-Type", "application/xml").withBody(xml)).build();
    }
    Optional<byte[]> content = blobs.get(account, container, name);
    if (content.isEmpty()) {
      return blobError(404, "BlobNotFound", "The specified blob does not exist.");
    }
    String ifMatch = request.getHeader("If-Match");
    if (ifMatch != null && !ifMatch.equals(BlobObjects.ETAG) && !ifMatch.equals("*")) {
      return blobError(412, "ConditionNotMet", "The condition specified using HTTP conditional header(s) is not met.");
    }
    byte[] bytes = content.get();
    String range = request.containsHeader("x-ms-range") ? request.getHeader("x-ms-range") : request.getHeader("Range");
    ResponseDefinitionBuilder answer = blobHeaders(ResponseDefinitionBuilder.responseDefinition())
        .withHeader("Content-Type", "application/octet-stream")
        .withHeader("ETag", BlobObjects.ETAG)
        .withHeader("Last-Modified", "Mon, 01 Apr 2024 10:00:00 GMT")
        .withHeader("x-ms-creation-time", "Mon, 01 Apr 2024 10:00:00 GMT")
        .withHeader("x-ms-blob-type", BlobObjects.blobType(container))
        .withHeader("x-ms-lease-state", "available")
        .withHeader("x-ms-lease-status", "unlocked")
        .withHeader("x-ms-server-encrypted", "true")
        .withHeader("Accept-Ranges", "bytes");
    if (BlobObjects.versioned(account)) {
      answer.withHeader("x-ms-version-id", BlobObjects.VERSION).withHeader("x-ms-is-current-version", "true");
    }
    Matcher r = range == null ? null : RANGE.matcher(range);
    if (r == null || !r.matches()) {
      return answer.withStatus(200).withBody(bytes).build();
    }
    long start = Long.parseLong(r.group(1));
    long end = r.group(2).isEmpty() ? bytes.length - 1 : Math.min(Long.parseLong(r.group(2)), bytes.length - 1L);
    if (start >= bytes.length) {
      return blobError(416, "InvalidRange", "The range specified is invalid for the current size of the resource.");
    }
    byte[] part = java.util.Arrays.copyOfRange(bytes, (int) start, (int) end + 1);
    return answer.withStatus(206).withHeader("Content-Range", "bytes " + start + "-" + end + "/" + bytes.length)
        .withBody(part).build();
  }

  private static ResponseDefinitionBuilder blobHeaders(ResponseDefinitionBuilder b) {
    return b.withHeader("x-ms-request-id", UUID.randomUUID().toString()).withHeader("x-ms-version", "2025-01-05")
        .withHeader("Date", "Mon, 01 Apr 2024 10:00:00 GMT");
  }

  /** A Blob service error: the XML {@code Error} document and the {@code x-ms-error-code} header. */
  static ResponseDefinition blobError(int status, String code, String message) {
    String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>" + code + "</Code><Message>" + message
        + "\nRequestId:" + UUID.randomUUID() + "\nTime:2024-04-01T10:00:00.0000000Z</Message></Error>";
    return blobHeaders(ResponseDefinitionBuilder.responseDefinition().withStatus(status))
        .withHeader("Content-Type", "application/xml").withHeader("x-ms-error-code", code).withBody(xml).build();
  }

  private static Map<String, String> query(String url) {
    Map<String, String> out = new java.util.HashMap<>();
    int q = url.indexOf('?');
    if (q < 0) {
      return out;
    }
    for (String pair : url.substring(q + 1).split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      out.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  private ResponseDefinition token(String tenantId, Request request) {
    String form = request.getBodyAsString();
    Map<String, String> fields = new java.util.HashMap<>();
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    if (!tenant.tenantId().equals(tenantId) || !tenant.clientId().equals(fields.get("client_id"))
        || !tenant.clientSecret().equals(fields.get("client_secret"))) {
      return json(401, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\"}");
    }
    return json(200, "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"" + token + "\"}");
  }

  private static ResponseDefinition error(int status, String code, String message) {
    return json(status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}");
  }

  private static ResponseDefinition json(int status, String body) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withHeader("x-ms-request-id", UUID.randomUUID().toString())
        .withBody(body).build();
  }

  private static Optional<String> read(String resource) {
    try (InputStream in = AzureRouter.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The diagnostic logs the AI Services account archives, so a test can log more calls. */
  DiagnosticLogs diagnostics() {
    return diagnostics;
  }

  /** ARM requests answered (token requests not counted). */
  public long calls() {
    return calls.get();
  }

  /** Lower-cased paths of every ARM GET answered. */
  public Set<String> pathsSeen() {
    return Set.copyOf(pathsSeen);
  }
}
