package dev.aispm.collectors.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Calls the Google REST APIs whose Java clients here speak only gRPC (Vertex AI, IAM Admin) or are
 * not served at all (Compute, Service Usage), with a token of the scan's Application Default
 * Credentials. Answers of Vertex AI and IAM are parsed strictly into the official proto classes,
 * so a field the API does not have is an error here rather than a silently missing fact.
 *
 * <p>It follows {@code nextPageToken} and retries throttling (429, RESOURCE_EXHAUSTED) and
 * transient server errors with exponential backoff, honouring Retry-After.
 */
public final class GcpRest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<Integer> RETRIED = Set.of(429, 500, 502, 503, 504);
  private static final JsonFormat.Parser STRICT = JsonFormat.parser();
  private static final int MAX_PAGES = 100_000;

  private final GoogleCredentials credentials;
  private final HttpClient http;
  private final int maxAttempts;
  private final Duration baseDelay;

  public GcpRest(GoogleCredentials credentials, HttpClient http, int maxAttempts, Duration baseDelay) {
    this.credentials = credentials;
    this.http = http;
    this.maxAttempts = maxAttempts;
    this.baseDelay = baseDelay;
  }

  /** GETs a URL and returns the body of a 2xx answer; throws {@link GcpApiException} otherwise. */
  public String get(String url) {
    return call(url, null);
  }

  /**
   * POSTs a JSON body to a read method that Google exposes as a POST ({@code :getIamPolicy}) and
   * returns one proto message, parsed strictly. Retried like a GET: these methods change nothing.
   */
  @SuppressWarnings("unchecked")
  public <R extends Message> R postProto(String url, String jsonBody, Supplier<Message.Builder> builder) {
    Message.Builder b = builder.get();
    merge(call(url, jsonBody), b);
    return (R) b.build();
  }

  /**
   * POSTs a JSON body to a read method that takes its query as a body ({@code entries:list}) and
   * returns the raw answer of a 2xx, for answers parsed elsewhere. Retried like a GET.
   */
  public String post(String url, String jsonBody) {
    return call(url, jsonBody);
  }

  private String call(String url, String postBody) {
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> r = send(url, postBody);
      if (r.statusCode() / 100 == 2) {
        return r.body();
      }
      if (!RETRIED.contains(r.statusCode()) || attempt >= maxAttempts) {
        throw error(r);
      }
      sleep(delay(r, attempt));
    }
  }

  /** GETs a URL whose answer is one proto message. */
  @SuppressWarnings("unchecked")
  public <R extends Message> R getProto(String url, Supplier<Message.Builder> builder) {
    Message.Builder b = builder.get();
    merge(get(url), b);
    return (R) b.build();
  }

  /** GETs every page of a list answer and returns the items of all pages. */
  public <R extends Message, T> List<T> listAll(String url, Supplier<Message.Builder> page,
      Function<R, List<T>> items, Function<R, String> next) {
    List<T> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    String token = null;
    do {
      R r = getProto(token == null ? url : withParam(url, "pageToken", token), page);
      out.addAll(items.apply(r));
      token = next.apply(r);
    } while (morePages(token, seen, url));
    return out;
  }

  /** GETs every page of a JSON list answer (APIs without a proto jar here) and returns its items. */
  public List<JsonNode> listJson(String url, String itemsField) {
    List<JsonNode> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    String token = null;
    do {
      JsonNode page = readJson(get(token == null ? url : withParam(url, "pageToken", token)));
      page.path(itemsField).forEach(out::add);
      token = page.path("nextPageToken").asText(null);
    } while (morePages(token, seen, url));
    return out;
  }

  /**
   * GETs every page of a Compute Engine aggregated list ({@code items} maps each zone or region to
   * its scoped list) and returns the entries of {@code itemsField} of every scope, in order. A
   * scope without resources carries a warning instead of the field and gives nothing.
   */
  public List<JsonNode> aggregatedJson(String url, String itemsField) {
    List<JsonNode> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    String token = null;
    do {
      JsonNode page = readJson(get(token == null ? url : withParam(url, "pageToken", token)));
      out.addAll(aggregatedItems(page, itemsField));
      token = page.path("nextPageToken").asText(null);
    } while (morePages(token, seen, url));
    return out;
  }

  /** The entries of {@code itemsField} in every scope of one aggregated-list page. */
  public static List<JsonNode> aggregatedItems(JsonNode page, String itemsField) {
    List<JsonNode> out = new ArrayList<>();
    page.path("items").forEach(scope -> {
      if (scope.path(itemsField).isArray()) {
        scope.path(itemsField).forEach(out::add);
      }
    });
    return out;
  }

  /** A page token that comes back a second time would page forever: that answer is broken, not long. */
  private static boolean morePages(String token, java.util.Set<String> seen, String url) {
    if (token == null || token.isEmpty()) {
      return false;
    }
    if (!seen.add(token) || seen.size() > MAX_PAGES) {
      throw new IllegalStateException("paging of " + url + " does not end (page token repeated or over "
          + MAX_PAGES + " pages)");
    }
    return true;
  }

  static String withParam(String url, String name, String value) {
    return url + (url.contains("?") ? "&" : "?") + name + "=" + java.net.URLEncoder.encode(value,
        java.nio.charset.StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(String url, String postBody) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(60))
          .header("Authorization", "Bearer " + token())
          .header("Accept", "application/json");
      if (postBody == null) {
        request.GET();
      } else {
        request.header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(postBody, java.nio.charset.StandardCharsets.UTF_8));
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException((postBody == null ? "GET " : "POST ") + url + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling " + url, e);
    }
  }

  /**
   * A current access token of the scan's credentials, for APIs called outside this helper (the
   * Docker registry API of Artifact Registry). It is a credential: never logged or stored.
   */
  public String accessToken() throws IOException {
    return token();
  }

  private String token() throws IOException {
    credentials.refreshIfExpired();
    return credentials.getAccessToken().getTokenValue();
  }

  private Duration delay(HttpResponse<String> r, int attempt) {
    Duration backoff = baseDelay.multipliedBy(1L << Math.min(attempt - 1, 6));
    return r.headers().firstValue("Retry-After").map(v -> {
      try {
        return Duration.ofSeconds(Math.min(Long.parseLong(v.strip()), 30));
      } catch (NumberFormatException e) {
        return backoff;
      }
    }).orElse(backoff);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during backoff", e);
    }
  }

  /** Reads Google's error envelope: code, status and the denied permission of an ErrorInfo detail. */
  static GcpApiException error(HttpResponse<String> r) {
    String status = null;
    String message = r.body();
    String permission = null;
    try {
      JsonNode e = JSON.readTree(r.body()).path("error");
      if (e.isObject()) {
        status = e.path("status").asText(null);
        message = e.path("message").asText(message);
        for (JsonNode d : e.path("details")) {
          if (d.path("@type").asText("").endsWith("google.rpc.ErrorInfo")) {
            permission = d.path("metadata").path("permission").asText(null);
          }
        }
      }
    } catch (IOException | RuntimeException notJson) {
      // A proxy's HTML page: the raw body is the best message there is.
    }
    if (permission == null) {
      permission = GcpFailures.named(message);
    }
    return new GcpApiException(r.statusCode(), status, message, permission);
  }

  static JsonNode readJson(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("answer is not JSON: " + e.getMessage(), e);
    }
  }

  /** Parses strictly: an unknown field fails the read instead of being dropped. */
  public static void merge(String json, Message.Builder builder) {
    try {
      STRICT.merge(json, builder);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("answer does not match " + builder.getDescriptorForType().getFullName()
          + ": " + e.getMessage(), e);
    }
  }
}
