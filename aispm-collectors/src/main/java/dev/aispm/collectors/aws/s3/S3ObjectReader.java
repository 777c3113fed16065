package dev.aispm.collectors.aws.s3;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
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
public final class S3ObjectReader {
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
  public Iterator<S3Object> list(String bucket, String prefix, int pageSize) {
    Iterator<S3Object> pages = s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)
        .maxKeys(Math.max(1, Math.min(1000, pageSize)))).contents().iterator();
    return new Iterator<>() {
      private S3Object next;

      @Override
      public boolean hasNext() {
        while (next == null && pages.hasNext()) {
          S3Object o = pages.next();
          // A server that ignores the prefix must not widen what is read.
          if (o.key().startsWith(prefix) && !o.key().endsWith("/")) {
            next = o;
          }
        }
        return next != null;
      }

      @Override
      public S3Object next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        S3Object o = next;
        next = null;
        return o;
      }
    };
  }

  /**
   * An object opened for reading: its first bytes, which version was read, its ETag and its
   * whole size (from {@code Content-Range}; -1 when the server did not say).
   */
  public record Opened(Bounded stream, String versionId, String etag, long size) {}

  /** Opens at most {@code maxBytes} of an object. */
  public Opened open(String bucket, String key, long maxBytes) {
    ResponseInputStream<GetObjectResponse> in = s3.getObject(r -> r.bucket(bucket).key(key)
        .range("bytes=0-" + (maxBytes - 1)));
    GetObjectResponse head = in.response();
    return new Opened(new Bounded(in, maxBytes), head.versionId(), unquote(head.eTag()), size(head));
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

  /** Stops after {@code limit} bytes whatever the server sends, and counts what was read. */
  public static final class Bounded extends FilterInputStream {
    private final long limit;
    private long left;

    Bounded(InputStream in, long limit) {
      super(in);
      this.limit = limit;
      this.left = limit;
    }

    /** Bytes handed out (or skipped) so far. */
    public long bytesRead() {
      return limit - left;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(buf, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(Math.min(n, left));
      left -= skipped;
      return skipped;
    }
  }
}
