package dev.aispm.scanners.data.parquet;

/**
 * A decompressor for the Snappy block format, the codec most Parquet writers use by default.
 * Written here rather than taken as a dependency because the format is small: a varint length,
 * then literals and back-references. Every length and offset is checked against the declared
 * size and the bytes already produced, so hostile input fails fast instead of overrunning.
 */
final class Snappy {
  private Snappy() {
  }

  /**
   * Decompresses {@code in[from..to)}.
   *
   * @param maxLength the largest output accepted; the declared length must not exceed it
   */
  static byte[] decompress(byte[] in, int from, int to, int maxLength)
      throws MalformedParquetException {
    int pos = from;
    long declared = 0;
    for (int shift = 0; ; shift += 7) {
      if (pos >= to || shift > 28) {
        throw new MalformedParquetException("snappy length is malformed");
      }
      int b = in[pos++] & 0xff;
      declared |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        break;
      }
    }
    if (declared > maxLength) {
      throw new MalformedParquetException("snappy block declares " + declared
          + " bytes, more than the page allows (" + maxLength + ")");
    }
    byte[] out = new byte[(int) declared];
    int op = 0;
    while (pos < to) {
      int tag = in[pos++] & 0xff;
      int kind = tag & 3;
      if (kind == 0) {
        int len = tag >>> 2;
        if (len >= 60) {
          int extra = len - 59;
          if (to - pos < extra) {
            throw new MalformedParquetException("snappy literal length is cut off");
          }
          len = 0;
          for (int i = 0; i < extra; i++) {
            len |= (in[pos++] & 0xff) << (8 * i);
          }
          if (len < 0) {
            throw new MalformedParquetException("snappy literal length overflows");
          }
        }
        len += 1;
        if (len > to - pos || len > out.length - op) {
          throw new MalformedParquetException("snappy literal runs past its input or output");
        }
        System.arraycopy(in, pos, out, op, len);
        pos += len;
        op += len;
        continue;
      }
      int len;
      int offset;
      if (kind == 1) {
        if (pos >= to) {
          throw new MalformedParquetException("snappy copy is cut off");
        }
        len = 4 + ((tag >>> 2) & 7);
        offset = ((tag >>> 5) << 8) | (in[pos++] & 0xff);
      } else {
        int width = kind == 2 ? 2 : 4;
        if (to - pos < width) {
          throw new MalformedParquetException("snappy copy is cut off");
        }
        len = 1 + (tag >>> 2);
        offset = 0;
        for (int i = 0; i < width; i++) {
          offset |= (in[pos++] & 0xff) << (8 * i);
        }
      }
      if (offset <= 0 || offset > op) {
        throw new MalformedParquetException("snappy copy refers before the start of the output");
      }
      if (len > out.length - op) {
        throw new MalformedParquetException("snappy copy runs past the declared length");
      }
      // A copy may overlap the bytes it produces (a run); copy byte by byte in that case.
      int src = op - offset;
      if (offset >= len) {
        System.arraycopy(out, src, out, op, len);
        op += len;
      } else {
        for (int i = 0; i < len; i++) {
          out[op++] = out[src + i];
        }
      }
    }
    if (op != out.length) {
      throw new MalformedParquetException("snappy block produced " + op + " of " + out.length
          + " declared bytes");
    }
    return out;
  }
}
