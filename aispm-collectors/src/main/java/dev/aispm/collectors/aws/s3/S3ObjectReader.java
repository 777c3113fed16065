package dev.aispm.collectors.aws.s3;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Reads object content for the content scanners: lists keys under a prefix and streams an object's
 * first bytes. A ranged GET asks S3 for no more than the budget, and the stream is cut at the same
 * bound in case a server ignores the range, so one huge object never costs more than allowed.
 */
public final class S3ObjectReader {
  private final S3Client s3;

  public S3ObjectReader(S3Client s3) {
    this.s3 = s3;
  }

  /** Lists objects under {@code prefix} (all pages), skipping folder markers. */
  public void list(String bucket, String prefix, Consumer<S3Object> objects) {
    s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents().forEach(o -> {
      // A server that ignores the prefix must not widen what is read.
      if (o.key().startsWith(prefix) && !o.key().endsWith("/")) {
        objects.accept(o);
      }
    });
  }

  /** Opens at most {@code maxBytes} of an object. */
  public InputStream open(String bucket, String key, long maxBytes) {
    InputStream in = s3.getObject(r -> r.bucket(bucket).key(key).range("bytes=0-" + (maxBytes - 1)));
    return new Bounded(in, maxBytes);
  }

  /** Stops after {@code limit} bytes whatever the server sends. */
  static final class Bounded extends FilterInputStream {
    private long left;

    Bounded(InputStream in, long limit) {
      super(in);
      this.left = limit;
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
