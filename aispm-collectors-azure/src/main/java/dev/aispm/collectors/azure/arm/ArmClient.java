package dev.aispm.collectors.azure.arm;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Azure Resource Manager through the SDK's HTTP pipeline. GET is offered, and POST only to
 * list actions ({@link #invokeListAction}), which read but that ARM exposes as POST: the collector
 * is read-only by construction. Lists follow {@code nextLink} to the end, and only to
 * the ARM host itself, since the pipeline attaches the bearer token to every request it sends.
 */
public final class ArmClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MISSING_ACTION = Pattern.compile("perform action '([^']+)'");
  /** Pages followed at most, so a service that returns itself as nextLink cannot loop forever. */
  private static final int MAX_PAGES = 10_000;

  private final HttpPipeline pipeline;
  private final URI endpoint;

  public ArmClient(HttpPipeline pipeline, String endpoint) {
    this.pipeline = pipeline;
    this.endpoint = URI.create(endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint);
  }

  /**
   * One resource: GET {@code path?api-version=apiVersion}. {@code path} may carry a query
   * ({@code ?$expand=userData}); the RBAC action is that of the path alone.
   */
  public JsonNode get(String path, String apiVersion) {
    int q = path.indexOf('?');
    return send(url(path, apiVersion), ArmActions.readAction(q < 0 ? path : path.substring(0, q)));
  }

  /** Every item of a list, following {@code nextLink}. */
  public List<JsonNode> list(String path, String apiVersion) {
    String action = ArmActions.readAction(path);
    List<JsonNode> items = new ArrayList<>();
    String next = url(path, apiVersion);
    for (int page = 0; next != null && page < MAX_PAGES; page++) {
      JsonNode body = send(next, action);
      body.path("value").forEach(items::add);
      JsonNode link = body.get("nextLink");
      next = link == null || link.isNull() || link.asText().isBlank() ? null : sameHost(link.asText(), action);
    }
    return items;
  }

  /**
   * Hands each page of a list to {@code page} as the raw answer, following {@code nextLink}: for
   * answers parsed elsewhere (the Activity Log, whose parser reads whole pages). {@code path} may
   * carry a query ({@code ?$filter=...}); the RBAC action is that of the path alone.
   */
  public void forEachPage(String path, String apiVersion, java.util.function.Consumer<String> page) {
    int q = path.indexOf('?');
    String action = ArmActions.readAction(q < 0 ? path : path.substring(0, q));
    String next = url(path, apiVersion);
    for (int n = 0; next != null && n < MAX_PAGES; n++) {
      String body = sendRaw(next, action);
      JsonNode link;
      try {
        link = JSON.readTree(body.isEmpty() ? "{}" : body).get("nextLink");
      } catch (Exception e) {
        throw new ArmException(200, "UnparseableAnswer", "answer is not JSON", action, null);
      }
      page.accept(body);
      next = link == null || link.isNull() || link.asText().isBlank() ? null : sameHost(link.asText(), action);
    }
  }

  /**
   * Invokes a list action ({@code POST .../list}, no body) and returns its answer. Such actions
   * change nothing but may answer secrets (app settings' values): callers keep what they need and
   * drop the rest. Only paths ending in {@code /list} are accepted.
   */
  public JsonNode invokeListAction(String path, String apiVersion) {
    if (!path.endsWith("/list")) {
      throw new IllegalArgumentException("not a list action: " + path);
    }
    String body = sendRaw(url(path, apiVersion), ArmActions.listAction(path), HttpMethod.POST);
    try {
      return JSON.readTree(body.isEmpty() ? "{}" : body);
    } catch (Exception e) {
      throw new ArmException(200, "UnparseableAnswer", "answer is not JSON", ArmActions.listAction(path), null);
    }
  }

  private String url(String path, String apiVersion) {
    return endpoint + path + (path.contains("?") ? "&" : "?") + "api-version=" + apiVersion;
  }

  private String sameHost(String link, String action) {
    URI uri = URI.create(link);
    if (!endpoint.getHost().equalsIgnoreCase(uri.getHost()) || endpoint.getPort() != uri.getPort()
        || !endpoint.getScheme().equalsIgnoreCase(uri.getScheme())) {
      throw new ArmException(0, "ForeignNextLink", "nextLink leaves the ARM endpoint: " + uri.getHost(), action, null);
    }
    return link;
  }

  private JsonNode send(String url, String action) {
    String body = sendRaw(url, action);
    try {
      return JSON.readTree(body.isEmpty() ? "{}" : body);
    } catch (Exception e) {
      throw new ArmException(200, "UnparseableAnswer", "answer is not JSON", action, null);
    }
  }

  private String sendRaw(String url, String action) {
    return sendRaw(url, action, HttpMethod.GET);
  }

  private String sendRaw(String url, String action, HttpMethod method) {
    HttpRequest request = new HttpRequest(method, url).setHeader("Accept", "application/json");
    String body;
    int status;
    try (HttpResponse response = pipeline.sendSync(request, Context.NONE)) {
      status = response.getStatusCode();
      body = response.getBodyAsBinaryData() == null ? "" : response.getBodyAsBinaryData().toString();
    } catch (ArmException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ArmException(0, null, "no answer from ARM: " + e.getMessage(), action, null);
    }
    if (status / 100 != 2) {
      throw error(status, body, action);
    }
    return body;
  }

  static ArmException error(int status, String body, String action) {
    String code = null;
    String message = "HTTP " + status;
    try {
      JsonNode error = JSON.readTree(body).path("error");
      if (error.hasNonNull("code")) {
        code = error.get("code").asText();
      }
      if (error.hasNonNull("message")) {
        message = "HTTP " + status + " " + code + ": " + error.get("message").asText();
      }
    } catch (Exception ignored) {
      // Not an ARM error body (a proxy's HTML page): the status says enough.
    }
    String missing = null;
    if (status == 403) {
      Matcher m = MISSING_ACTION.matcher(message);
      missing = m.find() ? m.group(1) : action;
    }
    return new ArmException(status, code, message, action, missing);
  }
}
