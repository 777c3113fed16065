package dev.aispm.scanners.model.pickle;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered, position-tracking reader for pickle operands. Pickles can hold gigabytes of
 * tensor bytes, so large literals are skipped, never read into memory.
 */
final class PickleInput {
  private final InputStream in;
  // Read directly by PickleMachine's loop over simple opcodes, which stays within [pos, limit).
  final byte[] buf = new byte[64 * 1024];
  int pos;
  int limit;
  long consumedBefore;

  PickleInput(InputStream in) {
    this.in = in;
  }

  /** Offset of the next byte from the start of the stream. */
  long offset() {
    return consumedBefore + pos;
  }

  /** Next byte, or -1 at the end of the stream. */
  int read() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buf[pos++] & 0xff;
  }

  /** Next byte without consuming it, or -1 at the end. */
  int peek() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buf[pos] & 0xff;
  }

  int readByte() throws IOException {
    int b = read();
    if (b < 0) {
      throw new EOFException("pickle truncated at offset " + offset());
    }
    return b;
  }

  long readLittleEndian(int width) throws IOException {
    long v = 0;
    for (int i = 0; i < width; i++) {
      v |= ((long) readByte()) << (8 * i);
    }
    return v;
  }

  /** Reads {@code length} bytes, keeping at most {@code keep} of them. */
  byte[] readKeeping(long length, int keep) throws IOException {
    int kept = (int) Math.min(length, keep);
    byte[] out = new byte[kept];
    int filled = 0;
    while (filled < kept) {
      if (pos == limit && !fill()) {
        throw new EOFException("pickle truncated at offset " + offset());
      }
      int n = Math.min(kept - filled, limit - pos);
      System.arraycopy(buf, pos, out, filled, n);
      pos += n;
      filled += n;
    }
    skip(length - kept);
    return out;
  }

  /** Skips a fixed-width operand; the usual case, inside the buffer, is one addition. */
  void skipShort(int n) throws IOException {
    if (limit - pos >= n) {
      pos += n;
    } else {
      skip(n);
    }
  }

  void skip(long n) throws IOException {
    long left = n;
    int inBuf = Math.min(limit - pos, (int) Math.min(left, Integer.MAX_VALUE));
    pos += inBuf;
    left -= inBuf;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new EOFException("pickle truncated at offset " + offset());
        }
        skipped = 1;
      }
      consumedBefore += skipped;
      left -= skipped;
    }
  }

  /** Reads up to a newline (excluded); fails when longer than {@code max} bytes. */
  byte[] readLine(int max) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    while (true) {
      int b = readByte();
      if (b == '\n') {
        return out.toByteArray();
      }
      if (out.size() >= max) {
        throw new LineTooLong("line operand longer than " + max + " bytes at offset " + offset());
      }
      out.write(b);
    }
  }

  private boolean fill() throws IOException {
    consumedBefore += limit;
    pos = 0;
    limit = 0;
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      return false;
    }
    limit = n;
    return true;
  }

  /** A text operand longer than any real pickle writes: malformed content, not a read failure. */
  static final class LineTooLong extends IOException {
    private static final long serialVersionUID = 1L;

    LineTooLong(String message) {
      super(message);
    }
  }
}
