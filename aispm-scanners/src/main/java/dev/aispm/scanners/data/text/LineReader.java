package dev.aispm.scanners.data.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into lines without ever holding more than one bounded line. A line longer
 * than the limit (minified JSON, a base64 blob) is returned in pieces that overlap by
 * {@link #OVERLAP} bytes, so a secret straddling a cut is still seen whole in one piece and
 * nothing in the line is skipped.
 */
public final class LineReader {
  /** Bytes shared by consecutive pieces of an over-long line; longer than any secret format. */
  public static final int OVERLAP = 4096;

  private final InputStream in;
  private final int maxLine;
  private byte[] buf;
  private int start;
  private int limit;
  private boolean eof;
  private long lineNumber;
  private long columnOffset;
  private boolean continuing;
  private boolean sawLongLine;
  private int segOffset;
  private int segLength;
  private long segLine;
  private long segColumn;
  private boolean segPiece;

  /**
   * @param in      the bytes (not closed here)
   * @param maxLine longest piece returned, in bytes (at least twice {@link #OVERLAP})
   */
  public LineReader(InputStream in, int maxLine) {
    this.in = in;
    this.maxLine = Math.max(maxLine, 2 * OVERLAP);
    this.buf = new byte[Math.min(this.maxLine, 1 << 16) + 1];
  }

  /** Numbers lines from {@code first} instead of 1: for a part of a larger input. */
  public LineReader startingAtLine(long first) {
    this.lineNumber = first - 1;
    return this;
  }

  /** Advances to the next line or piece; false at the end of input. */
  public boolean next() throws IOException {
    while (true) {
      int nl = indexOfNewline(start, limit);
      if (nl >= 0 && nl - start <= maxLine) {
        int end = nl;
        if (end > start && buf[end - 1] == '\r') {
          end--;
        }
        emit(start, end - start);
        start = nl + 1;
        return true;
      }
      int pending = limit - start;
      if (pending >= maxLine) {
        // An over-long line: return a piece and keep the tail as the next piece's head.
        sawLongLine = true;
        emitPiece(start, maxLine);
        start += maxLine - OVERLAP;
        return true;
      }
      if (eof) {
        if (pending > 0) {
          emit(start, pending);
          start = limit;
          return true;
        }
        return false;
      }
      fill();
    }
  }

  private void emit(int off, int len) {
    segPiece = false;
    segOffset = off;
    segLength = len;
    if (continuing) {
      segLine = lineNumber;
      segColumn = columnOffset;
      continuing = false;
    } else {
      segLine = ++lineNumber;
      segColumn = 0;
    }
    columnOffset = 0;
  }

  private void emitPiece(int off, int len) {
    segPiece = true;
    segOffset = off;
    segLength = len;
    if (!continuing) {
      segLine = ++lineNumber;
      columnOffset = 0;
      continuing = true;
    } else {
      segLine = lineNumber;
    }
    segColumn = columnOffset;
    columnOffset += maxLine - OVERLAP;
  }

  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buf, start, buf, 0, limit - start);
      limit -= start;
      start = 0;
    }
    if (limit == buf.length) {
      int size = Math.min(buf.length * 2, maxLine + 1);
      if (size <= buf.length) {
        size = buf.length + 1;
      }
      byte[] bigger = new byte[size];
      System.arraycopy(buf, 0, bigger, 0, limit);
      buf = bigger;
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }

  private int indexOfNewline(int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The bytes read ahead but not yet returned, handed back when a caller switches from lines to
   * a stream reader on the same input.
   */
  public byte[] remainder() {
    // After a piece of an over-long line, the overlap was already returned once.
    int from = segPiece ? Math.max(start, segOffset + segLength) : start;
    byte[] rest = new byte[limit - from];
    System.arraycopy(buf, from, rest, 0, rest.length);
    start = limit;
    return rest;
  }

  /** The current piece's bytes live in {@link #bytes()} from here. */
  public int offset() {
    return segOffset;
  }

  /** The current piece's length in bytes. */
  public int length() {
    return segLength;
  }

  /** The buffer holding the current piece; valid until the next call to {@link #next()}. */
  public byte[] bytes() {
    return buf;
  }

  /** The current piece decoded as UTF-8 (malformed bytes become U+FFFD). */
  public String text() {
    return new String(buf, segOffset, segLength, StandardCharsets.UTF_8);
  }

  /** 1-based line number of the current piece. */
  public long lineNumber() {
    return segLine;
  }

  /** 0-based byte offset of the current piece within its line (non-zero for later pieces). */
  public long columnOffset() {
    return segColumn;
  }

  /** Whether the current piece is part of an over-long line that continues. */
  public boolean isPiece() {
    return segPiece;
  }

  /** Whether any line was longer than the limit and was read in pieces. */
  public boolean sawLongLine() {
    return sawLongLine;
  }
}
