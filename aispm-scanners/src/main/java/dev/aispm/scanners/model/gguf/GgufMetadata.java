package dev.aispm.scanners.model.gguf;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The one walk over a GGUF header's key/value metadata (versions 1 to 3): the format scanner
 * reads the chat templates from it and the model gate the licence and base models, so both agree
 * on where each value starts, and a header one of them refuses the other refuses too. Only the
 * metadata is read; tensor data is never touched. Every length is bounded before anything is
 * read or skipped.
 */
public final class GgufMetadata {
  /** Entries a header may declare. */
  public static final long MAX_ENTRIES = 1_000_000;
  /** Bytes of a key kept; a longer key is skipped past its end. */
  public static final int MAX_KEY = 4096;
  /** Value type of a string. */
  public static final int STRING = 8;
  private static final int ARRAY = 9;
  private static final long MAX_STRING = 64L * 1024 * 1024;
  private static final long MAX_ARRAY = 100_000_000;
  private static final int[] SCALAR_WIDTH = {1, 1, 2, 2, 4, 4, 4, 1, -1, -1, 8, 8, 8};

  private GgufMetadata() {}

  /** Sees each key of the header in order; a value it does not read is skipped after it returns. */
  @FunctionalInterface
  public interface Visitor {
    void entry(String key, int type, Value value) throws IOException;
  }

  /** The value of the entry being visited. */
  public static final class Value {
    private final Reader reader;
    private boolean consumed;

    private Value(Reader reader) {
      this.reader = reader;
    }

    /**
     * Reads the value as a string of at most {@code max} bytes.
     *
     * @throws GgufFormatException when it is longer
     */
    public String string(int max) throws IOException {
      consumed = true;
      return reader.string(max, max);
    }
  }

  /** The header breaks the format. */
  public static class GgufFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public GgufFormatException(String message) {
      super(message);
    }
  }

  /** A version this walk does not know; nothing past the version was read. */
  public static final class UnknownVersion extends GgufFormatException {
    private static final long serialVersionUID = 1L;

    UnknownVersion(long version) {
      super("unknown version " + version);
    }
  }

  /** More entries declared than {@link #MAX_ENTRIES}: none were read. */
  public static final class TooManyEntries extends GgufFormatException {
    private static final long serialVersionUID = 1L;
    private final String declared;

    TooManyEntries(String declared) {
      super(declared + " entries declared");
      this.declared = declared;
    }

    /** The declared count, unsigned. */
    public String declared() {
      return declared;
    }
  }

  /**
   * Walks the header at the start of {@code in} (its magic included), handing each entry to
   * {@code visitor}.
   *
   * @throws EOFException        when the header ends early
   * @throws GgufFormatException when it breaks the format or declares more than is allowed
   */
  public static void walk(InputStream in, Visitor visitor) throws IOException {
    Reader r = new Reader(new BufferedInputStream(in, 64 * 1024));
    r.skip(4);
    long version = r.u32();
    if (version < 1 || version > 3) {
      throw new UnknownVersion(version);
    }
    r.wide = version >= 2;
    r.count();
    long entries = r.count();
    if (entries < 0 || entries > MAX_ENTRIES) {
      throw new TooManyEntries(Long.toUnsignedString(entries));
    }
    for (long i = 0; i < entries; i++) {
      String key = r.string(MAX_STRING, MAX_KEY);
      int type = (int) r.u32();
      Value value = new Value(r);
      visitor.entry(key, type, value);
      if (!value.consumed) {
        skipValue(r, type, 0);
      }
    }
  }

  private static void skipValue(Reader r, int type, int depth) throws IOException {
    if (type == STRING) {
      r.skip(r.count(MAX_STRING));
    } else if (type == ARRAY) {
      if (depth > 2) {
        throw new GgufFormatException("arrays nested too deep");
      }
      int elementType = (int) r.u32();
      long n = r.count(MAX_ARRAY);
      if (elementType >= 0 && elementType < SCALAR_WIDTH.length && SCALAR_WIDTH[elementType] > 0) {
        r.skip(n * SCALAR_WIDTH[elementType]);
      } else {
        for (long i = 0; i < n; i++) {
          skipValue(r, elementType, depth + 1);
        }
      }
    } else if (type >= 0 && type < SCALAR_WIDTH.length) {
      r.skip(SCALAR_WIDTH[type]);
    } else {
      throw new GgufFormatException("unknown value type " + type);
    }
  }

  /** Little-endian reader; version 1 used 32-bit counts, later versions 64-bit. */
  private static final class Reader {
    private final DataInputStream in;
    boolean wide = true;

    Reader(InputStream in) {
      this.in = new DataInputStream(in);
    }

    long u32() throws IOException {
      return Integer.reverseBytes(in.readInt()) & 0xffffffffL;
    }

    long count() throws IOException {
      return wide ? Long.reverseBytes(in.readLong()) : u32();
    }

    long count(long max) throws IOException {
      long n = count();
      if (n < 0 || n > max) {
        throw new GgufFormatException("length " + Long.toUnsignedString(n) + " is out of range");
      }
      return n;
    }

    String string(long max, int keep) throws IOException {
      long n = count(max);
      byte[] b = in.readNBytes((int) Math.min(n, keep));
      if (b.length < Math.min(n, keep)) {
        throw new EOFException();
      }
      skip(n - b.length);
      return new String(b, StandardCharsets.UTF_8);
    }

    void skip(long n) throws IOException {
      long left = n;
      while (left > 0) {
        long s = in.skip(left);
        if (s <= 0) {
          if (in.read() < 0) {
            throw new EOFException();
          }
          s = 1;
        }
        left -= s;
      }
    }
  }
}
