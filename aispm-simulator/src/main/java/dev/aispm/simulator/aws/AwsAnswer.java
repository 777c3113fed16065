package dev.aispm.simulator.aws;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HTTP answer to an {@link AwsCall}: status, content type, extra headers and body bytes.
 */
public record AwsAnswer(int status, String contentType, Map<String, String> headers, byte[] body) {
  public AwsAnswer {
    headers = Map.copyOf(headers);
  }

  /** A 200 answer with a text body. */
  public static AwsAnswer ok(String contentType, String body) {
    return new AwsAnswer(200, contentType, Map.of(), body.getBytes(StandardCharsets.UTF_8));
  }
}
