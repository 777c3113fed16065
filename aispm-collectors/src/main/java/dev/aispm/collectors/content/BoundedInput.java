package dev.aispm.collectors.content;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that stops after a limit whatever the server sends, and counts what was read: every
 * content stage asks its store for at most the per-object budget, and this cuts a server that
 * ignores the range at the same bound, so one huge object never costs more than allowed.
 */
public final class BoundedInput extends FilterInputStream {
  private final long limit;
  private long left;

  public BoundedInput(InputStream in, long limit) {
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
