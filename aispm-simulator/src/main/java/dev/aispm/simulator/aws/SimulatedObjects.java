package dev.aispm.simulator.aws;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The object contents of the simulated buckets: what {@code GetObject} returns and what
 * {@code ListObjectsV2} lists, so that content scans of training data and model artifacts read real
 * bytes through the real S3 client. Listing honours the prefix, the delimiter (folders come back as
 * common prefixes) and start-after, as S3 does. Each object keeps the time it was last written,
 * which both answers give, so that provenance checks can compare it with when a training job ended.
 */
public final class SimulatedObjects {
  /** When objects stored without a time were written: before any simulated training job ran. */
  public static final Instant DEFAULT_LAST_MODIFIED = Instant.parse("2023-10-30T00:00:00Z");

  private record Stored(byte[] bytes, Instant lastModified) {}

  private final Map<String, TreeMap<String, Stored>> buckets = new ConcurrentHashMap<>();

  /** Stores an object written at {@link #DEFAULT_LAST_MODIFIED}. */
  public void put(String bucket, String key, byte[] bytes) {
    put(bucket, key, bytes, DEFAULT_LAST_MODIFIED);
  }

  /** Stores (or rewrites) an object, as written at {@code lastModified}. */
  public void put(String bucket, String key, byte[] bytes, Instant lastModified) {
    buckets.computeIfAbsent(bucket, b -> new TreeMap<>()).put(key, new Stored(bytes.clone(), lastModified));
  }

  /** The stored bytes, if any. */
  public Optional<byte[]> get(String bucket, String key) {
    TreeMap<String, Stored> objects = buckets.get(bucket);
    return objects == null ? Optional.empty()
        : Optional.ofNullable(objects.get(key)).map(o -> o.bytes().clone());
  }

  /** Answers GetObject and ListObjectsV2 for buckets that hold simulated objects. */
  public Optional<AwsAnswer> answer(AwsCall call) {
    if (!call.service().equals("s3")) {
      return Optional.empty();
    }
    String bucket = call.params().get("Bucket");
    TreeMap<String, Stored> objects = bucket == null ? null : buckets.get(bucket);
    if (objects == null) {
      return Optional.empty();
    }
    if (call.operation().equals("GetObject")) {
      Stored o = objects.get(call.params().get("Key"));
      if (o == null) {
        return Optional.empty();
      }
      return Optional.of(new AwsAnswer(200, "application/octet-stream",
          Map.of("ETag", etag(o.bytes()), "Last-Modified",
              DateTimeFormatter.RFC_1123_DATE_TIME.format(o.lastModified().atOffset(ZoneOffset.UTC))), o.bytes()));
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
              .append("<LastModified>").append(e.getValue().lastModified()).append("</LastModified>")
              .append("<ETag>").append(escape(etag(e.getValue().bytes()))).append("</ETag>")
              .append("<Size>").append(e.getValue().bytes().length).append("</Size>")
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
