package dev.aispm.scanners.data.parquet;

/**
 * Parquet's RLE/bit-packed hybrid encoding, used for definition and repetition levels and for
 * dictionary indices: a sequence of runs, each either one value repeated or groups of eight values
 * packed at a fixed bit width. Reads one value at a time, so a run of a billion nulls costs no
 * memory, and every read is bounded by the buffer.
 */
final class RleHybrid {
  private final byte[] buf;
  private final int end;
  private final int bitWidth;
  private int pos;
  private long runLeft;
  private boolean packed;
  private int repeated;
  private long bitPos;

  RleHybrid(byte[] buf, int from, int to, int bitWidth) throws MalformedParquetException {
    if (bitWidth < 0 || bitWidth > 32) {
      throw new MalformedParquetException("bit width " + bitWidth + " is out of range");
    }
    this.buf = buf;
    this.pos = from;
    this.end = to;
    this.bitWidth = bitWidth;
  }

  /** The next value; a width of zero means every value is 0. */
  int next() throws MalformedParquetException {
    if (bitWidth == 0) {
      return 0;
    }
    while (runLeft == 0) {
      startRun();
    }
    runLeft--;
    if (!packed) {
      return repeated;
    }
    long value = 0;
    for (int i = 0; i < bitWidth; i++) {
      long bit = bitPos + i;
      int at = (int) (bit >>> 3);
      if (at >= end) {
        throw new MalformedParquetException("bit-packed run is cut off");
      }
      value |= (long) ((buf[at] >>> (bit & 7)) & 1) << i;
    }
    bitPos += bitWidth;
    return (int) value;
  }

  private void startRun() throws MalformedParquetException {
    long header = 0;
    for (int shift = 0; ; shift += 7) {
      if (pos >= end || shift > 35) {
        throw new MalformedParquetException("run header is cut off or malformed");
      }
      int b = buf[pos++] & 0xff;
      header |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        break;
      }
    }
    if ((header & 1) == 0) {
      packed = false;
      runLeft = header >>> 1;
      int width = (bitWidth + 7) / 8;
      if (end - pos < width) {
        throw new MalformedParquetException("repeated value is cut off");
      }
      int v = 0;
      for (int i = 0; i < width; i++) {
        v |= (buf[pos++] & 0xff) << (8 * i);
      }
      repeated = v;
    } else {
      long groups = header >>> 1;
      long bytes = groups * bitWidth;
      if (bytes > end - pos) {
        // Writers may end the last group early; values past the page's count are never read,
        // and a read that reaches past the buffer fails in next().
        bytes = end - pos;
      }
      packed = true;
      runLeft = groups * 8;
      bitPos = (long) pos * 8;
      pos += (int) bytes;
    }
  }
}
