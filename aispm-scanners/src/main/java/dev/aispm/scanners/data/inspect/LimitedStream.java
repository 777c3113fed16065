package dev.aispm.scanners.data.inspect;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading after a byte budget and remembers that it did, so a reader sees a clean end of
 * input and the scanner can report the object as not fully analysed instead of running forever
 * on an endless or enormous stream.
 */
public final class LimitedStream extends FilterInputStream {
  private final long limit;
  private long count;
  private boolean truncated;

  public LimitedStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  /** Whether the budget ran out before the stream ended. */
  public boolean truncated() {
    return truncated;
  }

  /** Bytes read so far. */
  public long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    if (count >= limit) {
      markTruncated();
      return -1;
    }
    int b = super.read();
    if (b >= 0) {
      count++;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (count >= limit) {
      markTruncated();
      return -1;
    }
    int n = super.read(b, off, (int) Math.min(len, limit - count));
    if (n > 0) {
      count += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    return super.skip(Math.min(n, limit - count));
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void markTruncated() throws IOException {
    if (!truncated) {
      // Only a stream with more bytes was cut short; one that ends exactly at the limit was not.
      truncated = super.read() >= 0;
    }
  }
}
