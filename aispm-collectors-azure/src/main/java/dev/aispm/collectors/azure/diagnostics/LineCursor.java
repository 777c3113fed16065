package dev.aispm.collectors.azure.diagnostics;

import java.io.ByteArrayOutputStream;

/**
 * Cuts the bytes of an append blob, read chunk by chunk from an offset, into whole lines: a record
 * Azure Monitor is still appending must not be read half now and half never, so only bytes up to
 * the last newline are handed on and the position stays before the partial line. A line longer
 * than {@link #MAX_LINE} is dropped (and counted) rather than held in memory.
 */
final class LineCursor {
  /** Longest line kept; the parser rejects anything near it anyway. */
  static final int MAX_LINE = 2 * 1024 * 1024;

  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
  private long consumed;
  private boolean skipping;
  private int dropped;

  /** @param offset where in the blob the first chunk starts */
  LineCursor(long offset) {
    this.consumed = offset;
  }

  /**
   * Adds the next chunk and returns the whole lines completed by it (with their newlines),
   * possibly none.
   */
  byte[] feed(byte[] chunk, int length) {
    int lastNewline = -1;
    for (int i = length - 1; i >= 0; i--) {
      if (chunk[i] == '\n') {
        lastNewline = i;
        break;
      }
    }
    if (lastNewline < 0) {
      hold(chunk, 0, length);
      return new byte[0];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(lastNewline + 1 + partial.size());
    int start = 0;
    if (skipping) {
      // Drop the rest of the overlong line, up to and including its newline.
      int nl = indexOf(chunk, (byte) '\n', 0, length);
      consumed += nl + 1;
      start = nl + 1;
      skipping = false;
    } else {
      consumed += partial.size();
      out.writeBytes(partial.toByteArray());
    }
    partial.reset();
    out.write(chunk, start, lastNewline + 1 - start);
    consumed += lastNewline + 1 - start;
    hold(chunk, lastNewline + 1, length - lastNewline - 1);
    return out.toByteArray();
  }

  /**
   * The partial line left at the end, taken as a whole record: for a blob whose hour is over,
   * whose last record may lack its newline.
   */
  byte[] rest() {
    if (skipping) {
      skipping = false;
      return new byte[0];
    }
    byte[] r = partial.toByteArray();
    consumed += r.length;
    partial.reset();
    return r;
  }

  /** The offset in the blob after the last byte handed on (or dropped). */
  long position() {
    return consumed;
  }

  /** Overlong lines dropped so far. */
  int dropped() {
    return dropped;
  }

  private void hold(byte[] chunk, int from, int length) {
    if (length <= 0) {
      return;
    }
    if (skipping) {
      consumed += length;
      return;
    }
    if (partial.size() + length > MAX_LINE) {
      consumed += partial.size() + length;
      partial.reset();
      skipping = true;
      dropped++;
      return;
    }
    partial.write(chunk, from, length);
  }

  private static int indexOf(byte[] b, byte v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }
}
