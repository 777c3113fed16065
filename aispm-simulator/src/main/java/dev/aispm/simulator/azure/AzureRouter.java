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

  private final AzureTenant tenant;
  private final ActivityLog activity;
  private final String token = "sim-" + UUID.randomUUID();
  private final Map<String, Optional<String>> files = new ConcurrentHashMap<>();
  private final Set<String> pathsSeen = ConcurrentHashMap.newKeySet();
  private final AtomicLong calls = new AtomicLong();
  private volatile String baseUrl = "";

  public AzureRouter(AzureTenant tenant) {
    this.tenant = tenant;
    this.activity = new ActivityLog(tenant, java.time.Instant.now());
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
    calls.incrementAndGet();
    String auth = request.getHeader("Authorization");
    if (auth == null || !auth.equals("Bearer " + token)) {
      return error(401, "AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing or invalid.");
    }
    if (!"GET".equals(request.getMethod().value())) {
      return error(405, "MethodNotAllowed", "The simulated tenant is read-only.");
    }
    String decoded = URLDecoder.decode(path, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    pathsSeen.add(decoded);
    if (ActivityLog.matches(decoded)) {
      return json(200, activity.page(decoded.split("/")[2], url.contains("?") ? url.substring(url.indexOf('?') + 1) : "",
          baseUrl));
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

  /** ARM requests answered (token requests not counted). */
  public long calls() {
    return calls.get();
  }

  /** Lower-cased paths of every ARM GET answered. */
  public Set<String> pathsSeen() {
    return Set.copyOf(pathsSeen);
  }
}
