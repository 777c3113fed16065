package dev.aispm.scanners.data.parquet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Random access to a Parquet file's bytes. Parquet must be read from its end (the footer), while
 * scanners receive a one-pass stream; the scanner copies the stream into memory when small and
 * into a temporary file otherwise, and reads ranges through this.
 */
interface RandomBytes {
  long size();

  /** {@code length} bytes at {@code offset}; fails if the range is not inside the file. */
  byte[] read(long offset, int length) throws IOException, MalformedParquetException;

  /** Bytes held in memory. */
  record InMemory(byte[] bytes, int length) implements RandomBytes {
    @Override
    public long size() {
      return length;
    }

    @Override
    public byte[] read(long offset, int n) throws MalformedParquetException {
      check(offset, n, length);
      byte[] out = new byte[n];
      System.arraycopy(bytes, (int) offset, out, 0, n);
      return out;
    }
  }

  /** Bytes in a file opened for reading. */
  record InFile(FileChannel channel, long size) implements RandomBytes {
    @Override
    public byte[] read(long offset, int n) throws IOException, MalformedParquetException {
      check(offset, n, size);
      ByteBuffer buf = ByteBuffer.allocate(n);
      while (buf.hasRemaining()) {
        if (channel.read(buf, offset + buf.position()) < 0) {
          throw new MalformedParquetException("file ended while reading");
        }
      }
      return buf.array();
    }
  }

  private static void check(long offset, int n, long size) throws MalformedParquetException {
    if (offset < 0 || n < 0 || offset > size - n) {
      throw new MalformedParquetException("range " + offset + "+" + n + " is outside the "
          + size + "-byte file");
    }
  }
}
