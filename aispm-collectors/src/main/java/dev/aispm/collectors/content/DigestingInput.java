package dev.aispm.collectors.content;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hashes what a content scanner reads, so the AI-BOM and the provenance ledger can name a model
 * file by its SHA-256 without reading it a second time. A scanner may stop early (an archive's
 * index is enough) or close its input, so {@link #finish} reads whatever it left and closing
 * this stream leaves the object's stream to its owner.
 */
public final class DigestingInput extends FilterInputStream {
  private final MessageDigest digest;
  private final long limit;
  private long count;

  /**
   * @param in the object's stream, bounded by {@code limit}
   * @param limit bytes the stream gives at most: a stream that reaches it may be cut, and gets no hash
   */
  public DigestingInput(InputStream in, long limit) {
    super(in);
    this.limit = limit;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      digest.update((byte) b);
      count++;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      digest.update(b, off, n);
      count += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes must be hashed too: read them instead.
    byte[] buf = new byte[8192];
    long done = 0;
    while (done < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void close() {
    // The caller closes the object's stream; a scanner closing its input must not end the hash.
  }

  /** Bytes read so far. */
  public long count() {
    return count;
  }

  /**
   * Reads the rest of the stream and returns the hex SHA-256 of all of it, or null when the
   * stream reached its limit (the object may be larger) or could not be read to its end.
   */
  public String finish() {
    try {
      transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      return null;
    }
    return count >= limit ? null : HexFormat.of().formatHex(digest.digest());
  }
}
