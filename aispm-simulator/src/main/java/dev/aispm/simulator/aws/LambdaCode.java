package dev.aispm.simulator.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The code packages of the simulated Lambda functions and the way AWS hands them out: GetFunction
 * answers {@code Code.Location} with an S3 URL signed in its query string (SigV4 presigning,
 * {@code X-Amz-Algorithm}, {@code X-Amz-Credential}, {@code X-Amz-Date}, {@code X-Amz-Expires},
 * {@code X-Amz-SignedHeaders}, {@code X-Amz-Signature}), and the download carries no
 * {@code Authorization} header. Here the URL points back at the simulator, which serves the zip
 * only when those query parameters are present.
 */
final class LambdaCode {
  static final String PATH = "/snapshots/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> PRESIGNED = List.of("X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date",
      "X-Amz-Expires", "X-Amz-SignedHeaders", "X-Amz-Signature");

  private final Map<String, byte[]> packages = new LinkedHashMap<>();

  LambdaCode() {
    // The Bedrock agent's refund tool: plain boto3, no AI of its own.
    packages.put("111111111111/us-east-1/refund-tool", zip(Map.of(
        "app.py", "import boto3\n\ntable = boto3.resource('dynamodb').Table('refunds')\n\n"
            + "def handler(event, context):\n    table.put_item(Item=event)\n    return {'ok': True}\n")));
    // Shadow AI: a support function calls OpenAI directly (no managed AI service shows it) and
    // ships an MLflow client at a version with known path-traversal advisories (fixed in 2.9.2).
    packages.put("111111111111/us-east-1/ticket-summarizer", zip(Map.of(
        "app.py", "import json\nimport openai\n\nAPI = 'https://api.openai.com/v1/chat/completions'\n\n"
            + "def handler(event, context):\n"
            + "    reply = openai.chat.completions.create(model='gpt-4o', messages=[{'role': 'user', "
            + "'content': event['ticket']}])\n    return {'summary': reply.choices[0].message.content}\n",
        "openai-1.30.1.dist-info/METADATA", "Metadata-Version: 2.1\nName: openai\nVersion: 1.30.1\n",
        "mlflow-2.9.1.dist-info/METADATA", "Metadata-Version: 2.1\nName: mlflow\nVersion: 2.9.1\n",
        "requests-2.32.3.dist-info/METADATA", "Metadata-Version: 2.1\nName: requests\nVersion: 2.32.3\n")));
  }

  /** Whether this request is a code download (unsigned headers, presigned query). */
  static boolean isDownload(String url) {
    return url.startsWith(PATH);
  }

  /** Serves a code package, or answers as S3 does for a request that is not presigned or names nothing. */
  AwsAnswer download(String url) {
    int q = url.indexOf('?');
    String query = q < 0 ? "" : url.substring(q + 1);
    for (String p : PRESIGNED) {
      if (!query.contains(p + "=")) {
        return AwsErrors.error(AwsCall.Protocol.REST_XML, "s3", 403, "AccessDenied",
            "Query-string authentication requires the " + p + " parameter");
      }
    }
    String key = (q < 0 ? url : url.substring(0, q)).substring(PATH.length());
    byte[] zip = packages.get(key);
    if (zip == null) {
      return AwsErrors.error(AwsCall.Protocol.REST_XML, "s3", 404, "NoSuchKey", "The specified key does not exist.");
    }
    return new AwsAnswer(200, "application/zip", Map.of("Content-Length", String.valueOf(zip.length)), zip);
  }

  /**
   * Points a GetFunction answer's {@code Code.Location} at this simulator ({@code base}), presigned
   * as AWS does; answers for container images (no S3 location) are left alone.
   */
  AwsAnswer withLocation(AwsAnswer answer, AwsCall call, String base) {
    if (answer.status() != 200) {
      return answer;
    }
    try {
      JsonNode root = JSON.readTree(answer.body());
      JsonNode code = root.path("Code");
      String name = root.path("Configuration").path("FunctionName").asText("");
      if (!(code instanceof ObjectNode c) || !"S3".equals(code.path("RepositoryType").asText()) || name.isEmpty()) {
        return answer;
      }
      String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
      c.put("Location", base + PATH + call.account() + "/" + call.region() + "/" + name
          + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIASIMULATED%2F" + date.substring(0, 8) + "%2F"
          + call.region() + "%2Fs3%2Faws4_request&X-Amz-Date=" + date
          + "&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Signature=" + Integer.toHexString(name.hashCode()));
      return new AwsAnswer(200, answer.contentType(), answer.headers(), JSON.writeValueAsBytes(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scheme, host and port a request reached, so a URL handed out comes back here. */
  static Optional<String> base(String absoluteUrl) {
    URI u = URI.create(absoluteUrl);
    return u.getHost() == null ? Optional.empty()
        : Optional.of(u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()));
  }

  static byte[] zip(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (var e : new java.util.TreeMap<>(files).entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
