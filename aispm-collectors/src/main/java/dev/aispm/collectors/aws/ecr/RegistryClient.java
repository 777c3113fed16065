package dev.aispm.collectors.aws.ecr;

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
 * Reads manifests and blobs from a container registry over the OCI distribution API (the Docker
 * registry HTTP API v2): {@code GET /v2/<name>/manifests/<reference>} and
 * {@code GET /v2/<name>/blobs/<digest>}, with the token ECR's GetAuthorizationToken returned as
 * Basic credentials. ECR answers a blob with a redirect to a presigned S3 URL; that hop is
 * followed without the registry credentials, which the URL's own signature replaces (and S3
 * would refuse a request carrying both). The token and the redirect URLs are never logged.
 */
public final class RegistryClient {
  /** Every manifest form this reader understands: OCI and Docker, single images and indexes. */
  static final String ACCEPT = String.join(", ", ImageManifests.OCI_INDEX, ImageManifests.DOCKER_LIST,
      ImageManifests.OCI_MANIFEST, ImageManifests.DOCKER_MANIFEST);
  private static final int MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
  private static final int MAX_REDIRECTS = 3;

  private final HttpClient http;
  private final URI endpoint;
  private final String token;

  /**
   * A reader of one registry.
   *
   * @param endpoint the registry's base URL, e.g. {@code https://111111111111.dkr.ecr.us-east-1.amazonaws.com}
   * @param token    the base64 {@code user:password} token ECR hands out
   */
  public RegistryClient(HttpClient http, URI endpoint, String token) {
    this.http = http;
    String base = endpoint.toString();
    this.endpoint = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.token = token;
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

  /** The manifest (or index) of {@code reference}, a tag or a digest. */
  public Fetched manifest(String repository, String reference) throws IOException {
    HttpResponse<InputStream> r = send(registry("/v2/" + repository + "/manifests/" + reference)
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
    HttpResponse<InputStream> r = send(registry("/v2/" + repository + "/blobs/" + digest).build());
    long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > maxBytes) {
      r.body().close();
      throw new IOException("blob " + digest + " of " + declared + " bytes is over its budget of " + maxBytes);
    }
    return new Bounded(r.body(), maxBytes, digest);
  }

  private HttpRequest.Builder registry(String path) {
    return HttpRequest.newBuilder(URI.create(endpoint + path)).timeout(Duration.ofMinutes(5))
        .header("Authorization", "Basic " + token).GET();
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
