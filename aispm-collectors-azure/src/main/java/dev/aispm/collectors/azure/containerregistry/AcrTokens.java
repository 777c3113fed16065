package dev.aispm.collectors.azure.containerregistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.collectors.content.image.RegistryAuth;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ACR token exchange, as the registry's authentication reference describes it: the scan's
 * Entra ID access token is exchanged once at {@code POST /oauth2/exchange}
 * ({@code grant_type=access_token}) for an ACR refresh token, which buys an access token per
 * scope at {@code POST /oauth2/token} ({@code repository:NAME:pull}, {@code registry:catalog:*}).
 * Both POSTs only mint tokens; nothing in the registry changes. Tokens are credentials: kept in
 * memory for this scan only, never logged.
 */
public final class AcrTokens implements RegistryAuth {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ANSWER = 64 * 1024;

  private final HttpClient http;
  private final URI endpoint;
  private final String service;
  private final String tenant;
  private final RegistryAuth.TokenSupplier entraToken;
  private final Map<String, String> access = new ConcurrentHashMap<>();
  private volatile String refresh;

  /**
   * @param endpoint   where the registry's data plane answers ({@code https://LOGIN_SERVER} or the override)
   * @param service    the registry's login server, which ACR checks tokens against
   * @param tenant     the Entra ID tenant of the credential
   * @param entraToken an Entra ID access token for Azure Resource Manager
   */
  public AcrTokens(HttpClient http, URI endpoint, String service, String tenant, RegistryAuth.TokenSupplier entraToken) {
    this.http = http;
    String base = endpoint.toString();
    this.endpoint = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.service = service;
    this.tenant = tenant;
    this.entraToken = entraToken;
  }

  @Override
  public String authorization(String scope) throws IOException {
    String token = access.get(scope);
    if (token == null) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("grant_type", "refresh_token");
      form.put("service", service);
      form.put("scope", scope);
      form.put("refresh_token", refreshToken());
      token = post("/oauth2/token", form, "access_token");
      access.put(scope, token);
    }
    return "Bearer " + token;
  }

  private String refreshToken() throws IOException {
    String r = refresh;
    if (r == null) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("grant_type", "access_token");
      form.put("service", service);
      if (tenant != null) {
        form.put("tenant", tenant);
      }
      form.put("access_token", entraToken.token());
      r = post("/oauth2/exchange", form, "refresh_token");
      refresh = r;
    }
    return r;
  }

  private String post(String path, Map<String, String> form, String field) throws IOException {
    StringBuilder body = new StringBuilder();
    form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + path)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    HttpResponse<InputStream> r;
    try {
      r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("ACR token request interrupted", e);
    }
    byte[] answer;
    try (InputStream in = r.body()) {
      answer = in.readNBytes(MAX_ANSWER);
    }
    if (r.statusCode() != 200) {
      // The error body names the reason (e.g. a missing role); it carries no token.
      throw new IOException("ACR " + path + " answered HTTP " + r.statusCode() + " for " + service + ": "
          + reason(answer));
    }
    JsonNode doc = JSON.readTree(answer);
    String token = doc == null ? null : doc.path(field).asText(null);
    if (token == null || token.isBlank()) {
      throw new IOException("ACR " + path + " answered without a " + field);
    }
    return token;
  }

  private static String reason(byte[] answer) {
    try {
      JsonNode doc = JSON.readTree(answer);
      JsonNode first = doc.path("errors").path(0);
      if (!first.isMissingNode()) {
        return first.path("code").asText("") + " " + first.path("message").asText("");
      }
      return doc.path("error").asText(doc.path("message").asText("no reason given"));
    } catch (IOException | RuntimeException e) {
      return "no reason given";
    }
  }
}
