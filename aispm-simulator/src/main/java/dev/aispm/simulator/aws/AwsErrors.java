package dev.aispm.simulator.aws;

import dev.aispm.simulator.aws.AwsCall.Protocol;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Error answers in each protocol's own error format, because the SDK parses the error code from
 * a different place in each (the {@code __type} field, the {@code x-amzn-ErrorType} header, an
 * {@code <Error><Code>} element) and a collector's failure handling depends on that code.
 */
public final class AwsErrors {
  private AwsErrors() {}

  /** An error answer for {@code call}'s protocol; {@code protocol} may be null for an unparsed call. */
  public static AwsAnswer error(Protocol protocol, String service, int status, String code, String message) {
    String requestId = UUID.randomUUID().toString();
    Map<String, String> headers = Map.of("x-amzn-RequestId", requestId, "x-amz-request-id", requestId);
    String body;
    String type;
    if (protocol == null) {
      protocol = Protocol.JSON;
    }
    switch (protocol) {
      case JSON -> {
        type = "application/x-amz-json-1.1";
        body = "{\"__type\":\"" + code + "\",\"message\":\"" + escapeJson(message) + "\"}";
      }
      case REST_JSON -> {
        type = "application/json";
        headers = Map.of("x-amzn-RequestId", requestId, "x-amzn-ErrorType", code);
        body = "{\"message\":\"" + escapeJson(message) + "\"}";
      }
      case QUERY -> {
        type = "text/xml";
        body = "<ErrorResponse xmlns=\"https://" + service + ".amazonaws.com/doc/\"><Error><Type>"
            + (status >= 500 ? "Receiver" : "Sender") + "</Type><Code>" + code + "</Code><Message>"
            + escapeXml(message) + "</Message></Error><RequestId>" + requestId + "</RequestId></ErrorResponse>";
      }
      case EC2 -> {
        type = "text/xml";
        body = "<Response><Errors><Error><Code>" + code + "</Code><Message>" + escapeXml(message)
            + "</Message></Error></Errors><RequestID>" + requestId + "</RequestID></Response>";
      }
      default -> {
        type = "application/xml";
        body = "<Error><Code>" + code + "</Code><Message>" + escapeXml(message) + "</Message><RequestId>"
            + requestId + "</RequestId></Error>";
      }
    }
    return new AwsAnswer(status, type, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  /** The answer AWS gives when a signed request's action is not allowed. */
  public static AwsAnswer accessDenied(AwsCall call, String principalArn, String why) {
    String action = call.service().replace("bedrock-agent", "bedrock") + ":" + call.operation();
    String message = "User: " + principalArn + " is not authorized to perform: " + action + " " + why;
    return switch (call.protocol()) {
      case JSON, REST_JSON -> error(call.protocol(), call.service(), call.protocol() == Protocol.JSON ? 400 : 403,
          "AccessDeniedException", message);
      case EC2 -> error(call.protocol(), call.service(), 403, "UnauthorizedOperation", message);
      default -> error(call.protocol(), call.service(), 403, "AccessDenied", message);
    };
  }

  static String escapeJson(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  static String escapeXml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
