package dev.aispm.scanners.data.parquet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A decoder for the Thrift compact protocol, the encoding of Parquet's footer and page headers.
 * It reads any struct into a generic {@link Struct} of field id to value, so the reader needs no
 * generated classes, and it bounds everything a hostile file controls: lengths and list sizes
 * cannot exceed the bytes left, nesting is capped, and the total number of values decoded from
 * one buffer is budgeted.
 */
final class ThriftCompact {
  private static final int MAX_DEPTH = 32;

  private final byte[] buf;
  private final int end;
  private int pos;
  private long budget;

  /** Reads from {@code buf[from..to)}; {@code budget} caps how many values may be decoded. */
  ThriftCompact(byte[] buf, int from, int to, long budget) {
    this.buf = buf;
    this.pos = from;
    this.end = to;
    this.budget = budget;
  }

  /** Offset just past what has been read. */
  int position() {
    return pos;
  }

  /** A decoded struct: field ids mapped to Long, Boolean, Double, byte[], List or Struct. */
  static final class Struct {
    private final Map<Integer, Object> fields = new HashMap<>();

    long i64(int id, long absent) {
      return fields.get(id) instanceof Long l ? l : absent;
    }

    int i32(int id, int absent) throws MalformedParquetException {
      if (!(fields.get(id) instanceof Long l)) {
        return absent;
      }
      if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
        throw new MalformedParquetException("field " + id + " is out of the i32 range");
      }
      return (int) l.longValue();
    }

    boolean bool(int id, boolean absent) {
      return fields.get(id) instanceof Boolean b ? b : absent;
    }

    byte[] binary(int id) {
      return fields.get(id) instanceof byte[] b ? b : null;
    }

    String string(int id) {
      byte[] b = binary(id);
      return b == null ? null : new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    Struct struct(int id) {
      return fields.get(id) instanceof Struct s ? s : null;
    }

    List<Object> list(int id) {
      if (fields.get(id) instanceof List<?> l) {
        @SuppressWarnings("unchecked")
        List<Object> cast = (List<Object>) l;
        return cast;
      }
      return Collections.emptyList();
    }

    boolean has(int id) {
      return fields.containsKey(id);
    }
  }

  /** Reads one struct starting at the current position. */
  Struct readStruct() throws MalformedParquetException {
    return readStruct(0);
  }

  private Struct readStruct(int depth) throws MalformedParquetException {
    if (depth > MAX_DEPTH) {
      throw new MalformedParquetException("thrift structs nested deeper than " + MAX_DEPTH);
    }
    Struct s = new Struct();
    int lastId = 0;
    while (true) {
      int header = u8();
      if (header == 0) {
        return s;
      }
      int type = header & 0x0f;
      int delta = header >>> 4;
      int id = delta != 0 ? lastId + delta : (int) zigzag(varint());
      lastId = id;
      Object value = switch (type) {
        case 1 -> Boolean.TRUE;
        case 2 -> Boolean.FALSE;
        default -> readValue(type, depth);
      };
      s.fields.put(id, value);
    }
  }

  private Object readValue(int type, int depth) throws MalformedParquetException {
    if (--budget < 0) {
      throw new MalformedParquetException("thrift metadata holds too many values");
    }
    return switch (type) {
      case 1, 2 -> u8() == 1;
      case 3 -> (long) (byte) u8();
      case 4, 5, 6 -> zigzag(varint());
      case 7 -> {
        need(8);
        long bits = 0;
        for (int i = 7; i >= 0; i--) {
          bits = (bits << 8) | (buf[pos + i] & 0xff);
        }
        pos += 8;
        yield Double.longBitsToDouble(bits);
      }
      case 8 -> {
        int n = length();
        byte[] b = new byte[n];
        System.arraycopy(buf, pos, b, 0, n);
        pos += n;
        yield b;
      }
      case 9, 10 -> {
        int header = u8();
        int size = header >>> 4;
        int elem = header & 0x0f;
        if (size == 15) {
          size = length();
        }
        // Every element takes at least one byte, so a size past the bytes left is a lie.
        if (size > end - pos) {
          throw new MalformedParquetException("thrift list claims " + size + " elements in "
              + (end - pos) + " bytes");
        }
        List<Object> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          items.add(readValue(elem, depth + 1));
        }
        yield items;
      }
      case 11 -> {
        int size = length();
        if (size > 0) {
          int kv = u8();
          Map<Object, Object> map = new HashMap<>();
          for (int i = 0; i < size; i++) {
            Object k = readValue(kv >>> 4, depth + 1);
            map.put(k, readValue(kv & 0x0f, depth + 1));
          }
          yield map;
        }
        yield Map.of();
      }
      case 12 -> readStruct(depth + 1);
      default -> throw new MalformedParquetException("unknown thrift type " + type);
    };
  }

  /** A varint length that must fit in the bytes left. */
  private int length() throws MalformedParquetException {
    long n = varint();
    if (n < 0 || n > end - pos) {
      throw new MalformedParquetException("thrift length " + n + " exceeds the " + (end - pos)
          + " bytes left");
    }
    return (int) n;
  }

  private int u8() throws MalformedParquetException {
    need(1);
    return buf[pos++] & 0xff;
  }

  private long varint() throws MalformedParquetException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = u8();
      v |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new MalformedParquetException("thrift varint longer than 10 bytes");
  }

  private static long zigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  private void need(int n) throws MalformedParquetException {
    if (end - pos < n) {
      throw new TruncatedException();
    }
  }

  /** The buffer ended inside a struct; the caller may retry with more bytes. */
  static final class TruncatedException extends MalformedParquetException {
    private static final long serialVersionUID = 1L;

    TruncatedException() {
      super("thrift structure ends early");
    }
  }
}
