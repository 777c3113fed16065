package dev.aispm.simulator.aws;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The object contents of the simulated buckets: what {@code GetObject} returns and what
 * {@code ListObjectsV2} lists, so that content scans of training data and model artifacts read real
 * bytes through the real S3 client. Listing honours the prefix, the delimiter (folders come back as
 * common prefixes) and start-after, as S3 does.
 */
public final class SimulatedObjects {
  private final Map<String, TreeMap<String, byte[]>> buckets = new ConcurrentHashMap<>();

  /** Stores an object. */
  public void put(String bucket, String key, byte[] bytes) {
    buckets.computeIfAbsent(bucket, b -> new TreeMap<>()).put(key, bytes.clone());
  }

  /** The stored bytes, if any. */
  public Optional<byte[]> get(String bucket, String key) {
    TreeMap<String, byte[]> objects = buckets.get(bucket);
    return objects == null ? Optional.empty() : Optional.ofNullable(objects.get(key));
  }

  /** Answers GetObject and ListObjectsV2 for buckets that hold simulated objects. */
  public Optional<AwsAnswer> answer(AwsCall call) {
    if (!call.service().equals("s3")) {
      return Optional.empty();
    }
    String bucket = call.params().get("Bucket");
    TreeMap<String, byte[]> objects = bucket == null ? null : buckets.get(bucket);
    if (objects == null) {
      return Optional.empty();
    }
    if (call.operation().equals("GetObject")) {
      byte[] bytes = objects.get(call.params().get("Key"));
      if (bytes == null) {
        return Optional.empty();
      }
      return Optional.of(new AwsAnswer(200, "application/octet-stream",
          Map.of("ETag", etag(bytes), "Last-Modified", "Sat, 10 Jan 2026 00:00:00 GMT"), bytes));
    }
    if (call.operation().equals("ListObjectsV2")) {
      String prefix = call.params().getOrDefault("Prefix", "");
      String delimiter = call.params().get("Delimiter");
      String startAfter = call.params().get("StartAfter");
      StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .append("<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">")
          .append("<Name>").append(escape(bucket)).append("</Name>")
          .append("<Prefix>").append(escape(prefix)).append("</Prefix>");
      int count = 0;
      StringBuilder contents = new StringBuilder();
      java.util.Set<String> folders = new java.util.TreeSet<>();
      for (var e : objects.entrySet()) {
        if (startAfter != null && e.getKey().compareTo(startAfter) <= 0) {
          continue;
        }
        int cut = delimiter == null || !e.getKey().startsWith(prefix) ? -1
            : e.getKey().indexOf(delimiter, prefix.length());
        if (cut >= 0) {
          folders.add(e.getKey().substring(0, cut + delimiter.length()));
          continue;
        }
        if (e.getKey().startsWith(prefix)) {
          count++;
          contents.append("<Contents><Key>").append(escape(e.getKey())).append("</Key>")
              .append("<LastModified>2026-01-10T00:00:00.000Z</LastModified>")
              .append("<ETag>").append(escape(etag(e.getValue()))).append("</ETag>")
              .append("<Size>").append(e.getValue().length).append("</Size>")
              .append("<StorageClass>STANDARD</StorageClass></Contents>");
        }
      }
      for (String folder : folders) {
        contents.append("<CommonPrefixes><Prefix>").append(escape(folder)).append("</Prefix></CommonPrefixes>");
      }
      xml.append("<KeyCount>").append(count + folders.size()).append("</KeyCount><MaxKeys>1000</MaxKeys>")
          .append("<IsTruncated>false</IsTruncated>").append(contents).append("</ListBucketResult>");
      return Optional.of(new AwsAnswer(200, "application/xml", Map.of(),
          xml.toString().getBytes(StandardCharsets.UTF_8)));
    }
    return Optional.empty();
  }

  private static String etag(byte[] bytes) {
    return "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
