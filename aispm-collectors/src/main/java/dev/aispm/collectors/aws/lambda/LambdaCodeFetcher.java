package dev.aispm.collectors.aws.lambda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Downloads a function's code package from the presigned S3 URL that GetFunction returns
 * ({@code Code.Location}), reading at most a budget of bytes. The URL carries its own signature,
 * so no credentials are sent; it is never logged or stored, since it grants access to the code
 * until it expires.
 */
public final class LambdaCodeFetcher {
  private final HttpClient http;

  public LambdaCodeFetcher() {
    this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL).build());
  }

  LambdaCodeFetcher(HttpClient http) {
    this.http = http;
  }

  /** Thrown when the package is larger than the budget: it is then reported as not scanned. */
  public static final class OverBudgetException extends IOException {
    public OverBudgetException(long size, long max) {
      super("code package of " + (size < 0 ? "more than " + max : String.valueOf(size))
          + " bytes is over the content budget of " + max + " bytes per object");
    }
  }

  /** The package's bytes; errors name the HTTP status, never the URL. */
  public byte[] download(String location, long maxBytes) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(location)).timeout(Duration.ofMinutes(2)).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("code download interrupted", e);
    }
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("code download answered HTTP " + response.statusCode());
      }
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > maxBytes) {
        throw new OverBudgetException(declared, maxBytes);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new OverBudgetException(-1, maxBytes);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }
}
