package dev.aispm.scanners.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * Checks a zip member's CRC when it has been read to the end. A wrong CRC is only reported, never
 * fatal: PyTorch loads such members, and a scanner that stopped on the CRC error was bypassed.
 * Members read only in part (a tensor file whose header was enough) are not checked.
 */
public final class CrcCheckingInputStream extends FilterInputStream {
  private final CRC32 crc = new CRC32();
  private final long expected;
  private final Runnable onMismatch;
  private boolean skipped;
  private boolean checked;

  public CrcCheckingInputStream(InputStream in, long expected, Runnable onMismatch) {
    super(in);
    this.expected = expected;
    this.onMismatch = onMismatch;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      crc.update(b);
    } else {
      check();
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      crc.update(b, off, n);
    } else if (n < 0) {
      check();
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long s = in.skip(n);
    if (s > 0) {
      skipped = true;
    }
    return s;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void check() {
    if (!checked && !skipped) {
      checked = true;
      if (crc.getValue() != expected) {
        onMismatch.run();
      }
    }
  }
}
