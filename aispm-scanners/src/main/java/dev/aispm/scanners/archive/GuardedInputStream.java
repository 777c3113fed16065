package dev.aispm.scanners.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Counts what a decompressor produces and stops it at the scan limits: the bytes one object may
 * yield, the total a whole input may expand to (shared across nested containers), and the
 * expansion ratio against the compressed bytes consumed. A bomb therefore costs a bounded amount
 * of work and is reported, never followed to the end.
 */
public final class GuardedInputStream extends FilterInputStream {
  /** Below this many output bytes the ratio is not judged: tiny files compress absurdly well. */
  private static final long RATIO_GRACE_BYTES = 1 << 20;

  private final long maxBytes;
  private final AtomicLong sharedTotal;
  private final long maxTotal;
  private final LongSupplier compressedConsumed;
  private final int maxRatio;
  private long produced;
  private ScanLimitException tripped;

  /**
   * @param in                 the decompressed stream
   * @param maxBytes           bytes this stream may produce
   * @param sharedTotal        running total across the input being scanned
   * @param maxTotal           limit for {@code sharedTotal}
   * @param compressedConsumed compressed bytes read so far, or null when not compressed
   * @param maxRatio           decompressed/compressed ratio that counts as a bomb
   */
  public GuardedInputStream(InputStream in, long maxBytes, AtomicLong sharedTotal, long maxTotal,
      LongSupplier compressedConsumed, int maxRatio) {
    super(in);
    this.maxBytes = maxBytes;
    this.sharedTotal = sharedTotal;
    this.maxTotal = maxTotal;
    this.compressedConsumed = compressedConsumed;
    this.maxRatio = maxRatio;
  }

  /**
   * A stream that ends cleanly at the budget instead of failing, remembering that it cut (see
   * {@link #tripped()}): readers that note truncation themselves, like the data scanners, then see
   * a normal end and say so in their own terms. One byte past {@code maxBytes} is let through, so
   * such a reader can tell content cut at its budget from content that ends exactly there.
   */
  public static GuardedInputStream truncating(InputStream in, long maxBytes) {
    GuardedInputStream g = new GuardedInputStream(in, maxBytes, null, 0, null, 0);
    g.truncate = true;
    return g;
  }

  private boolean truncate;

  /** The limit this stream hit, even if the reader swallowed the exception; else null. */
  public ScanLimitException tripped() {
    return tripped;
  }

  /** Bytes produced so far. */
  public long produced() {
    return produced;
  }

  @Override
  public int read() throws IOException {
    if (truncate && produced > maxBytes) {
      return -1;
    }
    int b = in.read();
    if (b >= 0) {
      account(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (truncate) {
      if (len > 0 && produced > maxBytes) {
        return -1;
      }
      len = (int) Math.min(len, maxBytes + 1 - produced);
    }
    int n = in.read(b, off, len);
    if (n > 0) {
      account(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    if (truncate) {
      n = Math.min(n, Math.max(0, maxBytes + 1 - produced));
    }
    // Decompressors skip by decompressing; counting the skipped bytes keeps the limits honest.
    long skipped = in.skip(n);
    if (skipped > 0) {
      account(skipped);
    }
    return skipped;
  }

  private void account(long n) throws IOException {
    if (truncate) {
      produced += n;
      if (produced > maxBytes && tripped == null) {
        tripped = new ScanLimitException("maxBytesPerObject",
            "content is larger than " + maxBytes + " bytes", false);
      }
      return;
    }
    if (tripped != null) {
      throw tripped;
    }
    try {
      check(n);
    } catch (ScanLimitException e) {
      tripped = e;
      throw e;
    }
  }

  private void check(long n) throws ScanLimitException {
    produced += n;
    if (produced > maxBytes) {
      throw new ScanLimitException("maxBytesPerObject",
          "content is larger than " + maxBytes + " bytes", false);
    }
    if (sharedTotal != null && sharedTotal.addAndGet(n) > maxTotal) {
      throw new ScanLimitException("maxDecompressedBytes",
          "archive contents expand past " + maxTotal + " bytes in total", true);
    }
    if (compressedConsumed != null && produced > RATIO_GRACE_BYTES) {
      long consumed = Math.max(1, compressedConsumed.getAsLong());
      if (produced / consumed > maxRatio) {
        throw new ScanLimitException("maxCompressionRatio",
            "expands more than " + maxRatio + " times (" + produced + " bytes from " + consumed + ")",
            true);
      }
    }
  }
}
