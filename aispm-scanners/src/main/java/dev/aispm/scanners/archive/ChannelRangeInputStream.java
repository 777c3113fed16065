package dev.aispm.scanners.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * A window of a seekable channel as a stream, so each zip entry can be read (and re-read by
 * several scanners) straight from the archive without copying it. Skipping is a seek.
 */
public final class ChannelRangeInputStream extends InputStream {
  private final SeekableByteChannel channel;
  private long position;
  private final long end;

  public ChannelRangeInputStream(SeekableByteChannel channel, long start, long length) {
    this.channel = channel;
    this.position = start;
    this.end = start + length;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    long left = end - position;
    if (left <= 0) {
      return -1;
    }
    ByteBuffer buf = ByteBuffer.wrap(b, off, (int) Math.min(len, left));
    synchronized (channel) {
      channel.position(position);
      int n = channel.read(buf);
      if (n <= 0) {
        return -1;
      }
      position += n;
      return n;
    }
  }

  @Override
  public long skip(long n) {
    long s = Math.max(0, Math.min(n, end - position));
    position += s;
    return s;
  }

  @Override
  public int available() {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(0, end - position));
  }
}
