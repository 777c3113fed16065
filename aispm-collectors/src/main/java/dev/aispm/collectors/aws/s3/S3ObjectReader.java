package dev.aispm.collectors.aws.s3;

import java.io.IOException;
import java.util.Iterator;
import dev.aispm.collectors.content.BoundedInput;
import dev.aispm.collectors.content.ListedObject;
import dev.aispm.collectors.content.ListingIterator;
import dev.aispm.collectors.content.ObjectStore;
import dev.aispm.collectors.content.OpenedObject;
import dev.aispm.collectors.content.RangedObject;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Reads object content for the content scanners: lists keys under a prefix and streams an object's
 * first bytes. A ranged GET asks S3 for no more than the budget, and the stream is cut at the same
 * bound in case a server ignores the range, so one huge object never costs more than allowed.
 * Listing is lazy, page by page, so a scan whose budget runs out stops listing there instead of
 * listing a prefix of millions of keys first.
 */
public final class S3ObjectReader implements ObjectStore {
  private final S3Client s3;

  public S3ObjectReader(S3Client s3) {
    this.s3 = s3;
  }

  /**
   * The objects under {@code prefix}, folder markers left out, fetched a page at a time as the
   * caller iterates: pages are asked for only while the caller wants more.
   *
   * @param pageSize keys per ListObjectsV2 page (1 to 1,000)
   */
  @Override
  public String uri(String bucket, String key) {
    return "s3://" + bucket + "/" + key;
  }

  @Override
  public Iterator<ListedObject> list(String bucket, String prefix, int pageSize) {
    Iterator<S3Object> pages = s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)
        .maxKeys(Math.max(1, Math.min(1000, pageSize)))).contents().iterator();
    // A server that ignores the prefix must not widen what is read.
    return new ListingIterator<>(pages, o -> o.key().startsWith(prefix) && !o.key().endsWith("/")
        ? new ListedObject(o.key(), o.size(), null, unquote(o.eTag()), o.lastModified(), null) : null);
  }

  /**
   * An object opened for reading: its first bytes, which version was read, its ETag and its
   * whole size (from {@code Content-Range}; -1 when the server did not say).
   */
  public record Opened(BoundedInput stream, String versionId, String etag, long size) {}

  /** Opens at most {@code maxBytes} of an object. */
  public Opened open(String bucket, String key, long maxBytes) {
    ResponseInputStream<GetObjectResponse> in = s3.getObject(r -> r.bucket(bucket).key(key)
        .range("bytes=0-" + (maxBytes - 1)));
    GetObjectResponse head = in.response();
    return new Opened(new BoundedInput(in, maxBytes), head.versionId(), unquote(head.eTag()), size(head));
  }

  @Override
  public OpenedObject open(String bucket, ListedObject object, long maxBytes) {
    Opened opened = open(bucket, object.key(), maxBytes);
    return new OpenedObject(opened.stream(), opened.versionId(), opened.etag(), opened.size());
  }

  /**
   * The object read by ranges within {@code budget} bytes, for archives judged by their index.
   * After the first answer every range names the version (or, unversioned, the ETag) it came from,
   * so an object replaced during the scan fails the read instead of mixing two objects.
   */
  public RangedObject ranged(String bucket, String key, long budget) {
    String[] pinned = new String[2];
    return new RangedObject("s3://" + bucket + "/" + key, (offset, length) -> {
      ResponseInputStream<GetObjectResponse> in = s3.getObject(r -> {
        r.bucket(bucket).key(key).range("bytes=" + offset + "-" + (offset + length - 1));
        if (pinned[0] != null) {
          r.versionId(pinned[0]);
        } else if (pinned[1] != null) {
          r.ifMatch("\"" + pinned[1] + "\"");
        }
      });
      GetObjectResponse head = in.response();
      byte[] bytes;
      try (in) {
        // Never more than asked for, even from a server that ignores the range.
        bytes = in.readNBytes(length);
        if (in.read() >= 0) {
          in.abort();
        }
      }
      pinned[0] = head.versionId();
      pinned[1] = unquote(head.eTag());
      return new RangedObject.Range(bytes, head.contentRange() == null ? 0 : start(head.contentRange()), size(head),
          head.versionId(), unquote(head.eTag()));
    }, budget);
  }

  /** Where {@code bytes a-b/size} starts. */
  static long start(String contentRange) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("bytes (\\d+)-").matcher(contentRange);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  /** The whole object's size: the total of {@code bytes 0-99/1234}, or the length of a full answer. */
  static long size(GetObjectResponse head) {
    String range = head.contentRange();
    if (range != null) {
      int slash = range.lastIndexOf('/');
      if (slash >= 0 && !range.endsWith("*")) {
        try {
          return Long.parseLong(range.substring(slash + 1).strip());
        } catch (NumberFormatException e) {
          return -1;
        }
      }
      return -1;
    }
    // No range in the answer: the server sent the whole object.
    return head.contentLength() == null ? -1 : head.contentLength();
  }

  static String unquote(String etag) {
    return etag == null ? null : etag.replace("\"", "");
  }
}
