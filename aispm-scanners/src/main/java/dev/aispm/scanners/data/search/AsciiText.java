package dev.aispm.scanners.data.search;

import java.nio.charset.StandardCharsets;

/**
 * A line of pure ASCII bytes seen as text without decoding it: for ASCII, byte offsets and
 * character offsets agree, so detectors can read a training set's raw lines directly. Most of a
 * large scan is lines in which nothing is found, and decoding each into a String was a large part
 * of its cost. The bytes must not change while the view is in use; values taken out of it
 * ({@link #subSequence}) are copied.
 */
public final class AsciiText implements CharSequence {
  private final byte[] bytes;
  private final int offset;
  private final int length;

  /** Views {@code bytes[offset, offset + length)}, which the caller has checked are all ASCII. */
  public AsciiText(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.offset = offset;
    this.length = length;
  }

  /** Whether {@code bytes[from, to)} are all ASCII (below 0x80). */
  public static boolean isAscii(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** The viewed array itself, for loops that read bytes directly; never modify it. */
  public byte[] bytes() {
    return bytes;
  }

  /** Where the view starts in {@link #bytes()}. */
  public int offset() {
    return offset;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return (char) bytes[offset + index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    if (start < 0 || end > length || start > end) {
      throw new IndexOutOfBoundsException(start + ".." + end);
    }
    return new String(bytes, offset + start, end - start, StandardCharsets.ISO_8859_1);
  }

  @Override
  public String toString() {
    return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
  }
}
