package dev.aispm.collectors.aws.s3;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One S3 bucket over HTTP (path-style), honest about the two things the content budget relies on:
 * {@code ListObjectsV2} pages by {@code max-keys} and {@code continuation-token}, and
 * {@code GetObject} honours {@code Range: bytes=a-b} with a 206 and {@code Content-Range: bytes
 * a-b/size}, as the S3 API reference describes them. It records every list page and range asked
 * for, so a test can tell that listing stopped at the budget and that no more than the budget was
 * requested. Versions: every object answers {@code x-amz-version-id}.
 */
final class RangedBucketFake implements ResponseDefinitionTransformerV2, AutoCloseable {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

  final String bucket;
  final TreeMap<String, byte[]> objects = new TreeMap<>();
  /** {@code max-keys} of every ListObjectsV2 call, in order. */
  final List<Integer> listPages = new CopyOnWriteArrayList<>();
  /** {@code key=Range header} of every GetObject call, in order. */
  final List<String> gets = new CopyOnWriteArrayList<>();
  private final WireMockServer server;

  RangedBucketFake(String bucket) {
    this.bucket = bucket;
    server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
        .extensions(this));
    server.start();
    server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withTransformers(getName())));
  }

  String url() {
    return "http://127.0.0.1:" + server.port();
  }

  /** The SDK's standard system properties pointing S3 at this fake. */
  Map<String, String> sdkProperties() {
    return Map.of("aws.endpointUrl", url(), "aws.endpointUrlS3", url(), "aws.region", "us-east-1",
        "aws.accessKeyId", "AKIAEXAMPLEEXAMPLE01", "aws.secretAccessKey", "example-secret-key-for-a-local-fake");
  }

  static String versionOf(String key) {
    return "v-" + Integer.toHexString(key.hashCode());
  }

  static String etagOf(byte[] bytes) {
    return "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"";
  }

  @Override
  public String getName() {
    return "ranged-bucket";
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request r = event.getRequest();
    String url = r.getUrl();
    String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    Map<String, String> q = query(url.contains("?") ? url.substring(url.indexOf('?') + 1) : "");
    String prefix = "/" + bucket;
    if (path.equals(prefix) || path.equals(prefix + "/")) {
      return list(q);
    }
    if (path.startsWith(prefix + "/") && r.getMethod().getName().equals("GET")) {
      return get(URLDecoder.decode(path.substring(prefix.length() + 1), StandardCharsets.UTF_8),
          r.containsHeader("Range") ? r.getHeader("Range") : null);
    }
    return error(404, "NoSuchBucket");
  }

  private ResponseDefinition list(Map<String, String> q) {
    String prefix = q.getOrDefault("prefix", "");
    int max = Integer.parseInt(q.getOrDefault("max-keys", "1000"));
    listPages.add(max);
    String after = q.get("continuation-token");
    StringBuilder contents = new StringBuilder();
    int n = 0;
    String last = null;
    boolean truncated = false;
    for (var e : (after == null ? objects : objects.tailMap(after, false)).entrySet()) {
      if (!e.getKey().startsWith(prefix)) {
        continue;
      }
      if (n == max) {
        truncated = true;
        break;
      }
      n++;
      last = e.getKey();
      contents.append("<Contents><Key>").append(e.getKey()).append("</Key>")
          .append("<LastModified>2026-01-10T00:00:00.000Z</LastModified><ETag>")
          .append(etagOf(e.getValue()).replace("\"", "&quot;")).append("</ETag><Size>")
          .append(e.getValue().length).append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
    }
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>" + bucket + "</Name>"
        + "<Prefix>" + prefix + "</Prefix><KeyCount>" + n + "</KeyCount><MaxKeys>" + max + "</MaxKeys>"
        + "<IsTruncated>" + truncated + "</IsTruncated>"
        + (truncated ? "<NextContinuationToken>" + last + "</NextContinuationToken>" : "")
        + contents + "</ListBucketResult>";
    return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
        .withHeader("Content-Type", "application/xml").withBody(xml).build();
  }

  private ResponseDefinition get(String key, String range) {
    byte[] bytes = objects.get(key);
    gets.add(key + "=" + range);
    if (bytes == null) {
      return error(404, "NoSuchKey");
    }
    ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition()
        .withHeader("Content-Type", "application/octet-stream").withHeader("ETag", etagOf(bytes))
        .withHeader("x-amz-version-id", versionOf(key)).withHeader("Accept-Ranges", "bytes");
    Matcher m = range == null ? null : RANGE.matcher(range);
    if (m == null || !m.matches()) {
      return b.withStatus(200).withBody(bytes).build();
    }
    long from = Long.parseLong(m.group(1));
    long to = m.group(2).isEmpty() ? bytes.length - 1 : Math.min(bytes.length - 1, Long.parseLong(m.group(2)));
    if (from >= bytes.length) {
      return error(416, "InvalidRange");
    }
    byte[] part = java.util.Arrays.copyOfRange(bytes, (int) from, (int) to + 1);
    return b.withStatus(206).withHeader("Content-Range", "bytes " + from + "-" + to + "/" + bytes.length)
        .withBody(part).build();
  }

  private static ResponseDefinition error(int status, String code) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
        .withHeader("Content-Type", "application/xml")
        .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + code
            + "</Message></Error>").build();
  }

  private static Map<String, String> query(String q) {
    Map<String, String> out = new java.util.HashMap<>();
    for (String part : q.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      out.put(URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8),
          eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Override
  public void close() {
    server.stop();
  }
}
