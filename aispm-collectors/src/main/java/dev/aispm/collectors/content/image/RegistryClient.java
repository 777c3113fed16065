package dev.aispm.collectors.content.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads manifests, blobs and listings from a container registry over the OCI distribution API
 * (the Docker registry HTTP API v2): {@code GET /v2/<name>/manifests/<reference>},
 * {@code GET /v2/<name>/blobs/<digest>} and JSON listings such as {@code /v2/_catalog}, with the
 * {@code Authorization} header its {@link RegistryAuth} gives for each request's scope. Registries
 * answer a blob with a redirect to storage (ECR to a presigned S3 URL, ACR and Artifact Registry
 * to their blob stores); that hop is followed without the registry credentials, which the URL's
 * own signature replaces (and S3 would refuse a request carrying both). Tokens and redirect URLs
 * are never logged.
 */
public final class RegistryClient {
  /** Every manifest form this reader understands: OCI and Docker, single images and indexes. */
  static final String ACCEPT = String.join(", ", ImageManifests.OCI_INDEX, ImageManifests.DOCKER_LIST,
      ImageManifests.OCI_MANIFEST, ImageManifests.DOCKER_MANIFEST);
  private static final int MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
  private static final int MAX_REDIRECTS = 3;

  private final HttpClient http;
  private static final int MAX_LISTING_BYTES = 16 * 1024 * 1024;

  private final URI endpoint;
  private final RegistryAuth auth;

  /**
   * A reader of one registry.
   *
   * @param endpoint the registry's base URL, e.g. {@code https://111111111111.dkr.ecr.us-east-1.amazonaws.com}
   * @param auth     the credentials of each request
   */
  public RegistryClient(HttpClient http, URI endpoint, RegistryAuth auth) {
    this.http = http;
    String base = endpoint.toString();
    this.endpoint = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.auth = auth;
  }

  /** The registry's base URL, without a trailing slash. */
  public URI endpoint() {
    return endpoint;
  }

  /** A client with its own HTTP connection pool; redirects are followed by hand. */
  public static HttpClient defaultHttp() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * A manifest as the registry serves it.
   *
   * @param mediaType the Content-Type the registry answered with
   * @param body      the manifest document
   */
  public record Fetched(String mediaType, byte[] body) {}

  /**
   * One page of a JSON listing.
   *
   * @param body the page
   * @param next path and query of the next page (from the {@code Link} header), null on the last
   */
  public record Page(byte[] body, String next) {}

  /**
   * A JSON listing of the registry ({@code /v2/_catalog?n=100}, {@code /v2/<name>/tags/list},
   * ACR's {@code /acr/v1/...}); {@code pathAndQuery} starts with '/'. Only the path and query of a
   * {@code Link: <...>; rel="next"} header are followed, so paging never leaves the registry.
   */
  public Page page(String pathAndQuery, String scope) throws IOException {
    HttpResponse<InputStream> r = send(registry(pathAndQuery, scope).header("Accept", "application/json").build());
    try (InputStream in = r.body()) {
      byte[] body = in.readNBytes(MAX_LISTING_BYTES + 1);
      if (body.length > MAX_LISTING_BYTES) {
        throw new IOException("listing " + URI.create(endpoint + pathAndQuery).getPath() + " is larger than "
            + MAX_LISTING_BYTES + " bytes");
      }
      return new Page(body, r.headers().firstValue("Link").map(RegistryClient::nextLink).orElse(null));
    }
  }

  /** The path and query of an RFC 8288 {@code rel="next"} link, or null. */
  static String nextLink(String header) {
    for (String part : header.split(",")) {
      int open = part.indexOf('<');
      int close = part.indexOf('>');
      if (open < 0 || close < open || !part.substring(close).replace(" ", "").contains("rel=\"next\"")) {
        continue;
      }
      URI target = URI.create(part.substring(open + 1, close).strip());
      String path = target.getRawPath();
      if (path == null || !path.startsWith("/")) {
        return null;
      }
      return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
    }
    return null;
  }

  /** The manifest (or index) of {@code reference}, a tag or a digest. */
  public Fetched manifest(String repository, String reference) throws IOException {
    HttpResponse<InputStream> r = send(registry("/v2/" + repository + "/manifests/" + reference, pull(repository))
        .header("Accept", ACCEPT).build());
    try (InputStream in = r.body()) {
      byte[] body = in.readNBytes(MAX_MANIFEST_BYTES + 1);
      if (body.length > MAX_MANIFEST_BYTES) {
        throw new IOException("manifest of " + repository + " is larger than " + MAX_MANIFEST_BYTES + " bytes");
      }
      String type = r.headers().firstValue("Content-Type").map(t -> t.split(";")[0].strip()).orElse("");
      return new Fetched(type, body);
    }
  }

  /**
   * Streams a blob. The stream fails once it passes {@code maxBytes}: a registry sending more than
   * the manifest declared is not believed, and a layer cannot cost more than the budget.
   */
  public InputStream blob(String repository, String digest, long maxBytes) throws IOException {
    HttpResponse<InputStream> r = send(registry("/v2/" + repository + "/blobs/" + digest, pull(repository)).build());
    long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > maxBytes) {
      r.body().close();
      throw new IOException("blob " + digest + " of " + declared + " bytes is over its budget of " + maxBytes);
    }
    return new Bounded(r.body(), maxBytes, digest);
  }

  /** The token scope of reading one repository. */
  public static String pull(String repository) {
    return "repository:" + repository + ":pull";
  }

  private HttpRequest.Builder registry(String path, String scope) throws IOException {
    return HttpRequest.newBuilder(URI.create(endpoint + path)).timeout(Duration.ofMinutes(5))
        .header("Authorization", auth.authorization(scope)).GET();
  }

  private HttpResponse<InputStream> send(HttpRequest request) throws IOException {
    HttpRequest current = request;
    for (int hop = 0; ; hop++) {
      HttpResponse<InputStream> r;
      try {
        r = http.send(current, HttpResponse.BodyHandlers.ofInputStream());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("registry request interrupted", e);
      }
      int status = r.statusCode();
      Optional<String> location = r.headers().firstValue("Location");
      if (status / 100 == 3 && location.isPresent() && hop < MAX_REDIRECTS) {
        r.body().close();
        // The presigned URL carries its own authorization; the registry token stays home.
        current = HttpRequest.newBuilder(current.uri().resolve(location.get())).timeout(Duration.ofMinutes(5))
            .GET().build();
        continue;
      }
      if (status != 200) {
        r.body().close();
        // The path names repository and digest, never the token or a presigned URL's query.
        throw new IOException("registry answered HTTP " + status + " for " + request.uri().getPath());
      }
      return r;
    }
  }

  /** Fails past a byte budget instead of reading on. */
  private static final class Bounded extends FilterInputStream {
    private final long max;
    private final String what;
    private long read;

    Bounded(InputStream in, long max, String what) {
      super(in);
      this.max = max;
      this.what = what;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > max) {
        throw new IOException("blob " + what + " is longer than its budget of " + max + " bytes");
      }
    }
  }
}
