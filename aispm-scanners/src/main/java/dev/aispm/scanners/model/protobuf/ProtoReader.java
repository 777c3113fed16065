package dev.aispm.scanners.model.protobuf;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads protobuf fields from a stream within a byte budget (a message's declared length).
 * Nested messages are read through {@link #message()}, which shares the stream and shrinks the
 * budget, so a walk over a multi-gigabyte model holds only the fields it asked to keep.
 */
public final class ProtoReader {
  private final InputStream in;
  private final long[] position;
  private final long end;
  private int tag;

  /** Reads a whole stream as one message. */
  public ProtoReader(InputStream in) {
    this(in, new long[1], Long.MAX_VALUE);
  }

  private ProtoReader(InputStream in, long[] position, long end) {
    this.in = in;
    this.position = position;
    this.end = end;
  }

  /** Advances to the next field; false at the end of this message. */
  public boolean next() throws IOException {
    if (position[0] >= end) {
      return false;
    }
    if (end == Long.MAX_VALUE) {
      in.mark(1);
      int b = in.read();
      if (b < 0) {
        return false;
      }
      in.reset();
    }
    long t = varint();
    if (t >>> 3 == 0 || t > Integer.MAX_VALUE) {
      throw new ProtoFormatException("invalid field tag " + t);
    }
    tag = (int) t;
    return true;
  }

  public int field() {
    return tag >>> 3;
  }

  public int wireType() {
    return tag & 7;
  }

  public long varint() throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = read();
      v |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new ProtoFormatException("varint longer than 10 bytes");
  }

  /** A length-delimited field as text, keeping at most {@code keep} bytes of it. */
  public String string(int keep) throws IOException {
    long len = length();
    byte[] b = in.readNBytes((int) Math.min(len, keep));
    if (b.length < Math.min(len, keep)) {
      throw new EOFException("protobuf field cut off");
    }
    position[0] += b.length;
    skipBytes(len - b.length);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** The current length-delimited field as a nested message. */
  public ProtoReader message() throws IOException {
    long len = length();
    return new ProtoReader(in, position, position[0] + len);
  }

  /** Skips the current field's value, whatever its wire type. */
  public void skip() throws IOException {
    switch (wireType()) {
      case 0 -> varint();
      case 1 -> skipBytes(8);
      case 2 -> skipBytes(length());
      case 5 -> skipBytes(4);
      default -> throw new ProtoFormatException("unsupported wire type " + wireType());
    }
  }

  /** Skips what is left of this message (after a nested walk stopped early). */
  public void skipRest() throws IOException {
    if (end != Long.MAX_VALUE && position[0] < end) {
      skipBytes(end - position[0]);
    }
  }

  private long length() throws IOException {
    if (wireType() != 2) {
      throw new ProtoFormatException("field " + field() + " is not length-delimited");
    }
    long len = varint();
    if (len < 0 || position[0] + len > end) {
      throw new ProtoFormatException("field " + field() + " claims " + len
          + " bytes, past the end of its message");
    }
    return len;
  }

  private int read() throws IOException {
    if (position[0] >= end) {
      throw new ProtoFormatException("field runs past the end of its message");
    }
    int b = in.read();
    if (b < 0) {
      throw new EOFException("protobuf stream cut off");
    }
    position[0]++;
    return b;
  }

  private void skipBytes(long n) throws IOException {
    long left = n;
    while (left > 0) {
      long s = in.skip(left);
      if (s <= 0) {
        if (in.read() < 0) {
          throw new EOFException("protobuf stream cut off");
        }
        s = 1;
      }
      left -= s;
      position[0] += s;
    }
  }

  /** The bytes break the protobuf wire format. */
  public static final class ProtoFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public ProtoFormatException(String message) {
      super(message);
    }
  }
}
