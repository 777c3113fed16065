package dev.aispm.posture.notification.publisher;

import dev.aispm.posture.notification.Channel;
import dev.aispm.posture.notification.subject.Notification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The HTTP side every webhook channel shares: one POST of a JSON body, the answer classified
 * into success, a refusal, or something worth retrying. Error messages name the host only, never
 * the URL, whose path is the webhook's credential.
 */
public abstract class HttpPublisher implements Publisher {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final HttpClient http;

  protected HttpPublisher(HttpClient http) {
    this.http = http;
  }

  /** A client with the timeouts every webhook uses; redirects are not followed (a redirect would leak the body). */
  public static HttpClient defaultClient() {
    return HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The JSON body for the notification. */
  protected abstract String body(Channel channel, Notification notification);

  /** Extra headers, e.g. a signature over the body. */
  protected Map<String, String> headers(Channel channel, String body) {
    return Map.of();
  }

  @Override
  public int publish(Channel channel, Notification notification) throws PublishException {
    String body = body(channel, notification);
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(channel.url())).timeout(TIMEOUT)
        .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", "aispm-alerts")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers(channel, body).forEach(req::header);
    HttpResponse<String> res;
    try {
      res = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new PublishException(type().id() + " to " + channel.host() + " unreachable: "
          + e.getClass().getSimpleName(), null, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishException("interrupted", null, false);
    }
    int code = res.statusCode();
    if (code >= 200 && code < 300) {
      return code;
    }
    String answer = res.body() == null ? "" : res.body().strip();
    if (answer.length() > 200) {
      answer = answer.substring(0, 200);
    }
    throw new PublishException(type().id() + " to " + channel.host() + " answered " + code
        + (answer.isEmpty() ? "" : ": " + answer), code, code == 408 || code == 429 || code >= 500);
  }
}
