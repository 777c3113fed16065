package dev.aispm.scanners.files;

import dev.aispm.scanners.archive.ZipReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Content the engine is working on, at any depth: a file, an object, an archive member or a
 * decompressed stream. What differs is whether it can be opened again (several scanners may want
 * the same bytes) and whether it offers random access (zip needs its central directory).
 */
interface Blob {
  String location();

  long size();

  /** A fresh stream; only the first call is guaranteed for one-shot blobs. */
  InputStream open() throws IOException;

  /** Whether {@link #open()} may be called again. */
  boolean reopenable();

  /** Random access to the bytes, or null when only streaming is possible. */
  default SeekableByteChannel channel() throws IOException {
    return null;
  }

  /** A local file read in place. */
  record FileBlob(String location, Path path) implements Blob {
    @Override
    public long size() {
      try {
        return Files.size(path);
      } catch (IOException e) {
        return -1;
      }
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }

    @Override
    public boolean reopenable() {
      return true;
    }

    @Override
    public SeekableByteChannel channel() throws IOException {
      return FileChannel.open(path, StandardOpenOption.READ);
    }
  }

  /** Bytes already in memory (small spooled content). */
  record BytesBlob(String location, byte[] bytes) implements Blob {
    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public InputStream open() {
      return new java.io.ByteArrayInputStream(bytes);
    }

    @Override
    public boolean reopenable() {
      return true;
    }

    @Override
    public SeekableByteChannel channel() {
      return new SeekableInMemoryByteChannel(bytes);
    }
  }

  /** A caller's source, reopened through its own {@code open()}. */
  record SourceBlob(ContentSource source) implements Blob {
    @Override
    public String location() {
      return source.location();
    }

    @Override
    public long size() {
      return source.size();
    }

    @Override
    public InputStream open() throws IOException {
      return source.open();
    }

    @Override
    public boolean reopenable() {
      return true;
    }

    @Override
    public SeekableByteChannel channel() throws IOException {
      return source.channel();
    }
  }

  /** A zip member read from the archive's channel; reopening is another read of the range. */
  record ZipEntryBlob(String location, SeekableByteChannel archive, ZipReader.Entry entry)
      implements Blob {
    @Override
    public long size() {
      return entry.size();
    }

    @Override
    public InputStream open() throws IOException {
      return ZipReader.openEntry(archive, entry, null);
    }

    @Override
    public boolean reopenable() {
      return true;
    }
  }

  /** A range of a channel (a tar member found by its header); each open reads the range again. */
  record RangeBlob(String location, SeekableByteChannel archive, long offset, long size) implements Blob {
    @Override
    public InputStream open() {
      return new InputStream() {
        private long pos = offset;
        private final long end = offset + size;

        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          if (pos >= end) {
            return -1;
          }
          java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b, off, (int) Math.min(len, end - pos));
          int n;
          // The archive's channel is shared by its members: position and read as one step.
          synchronized (archive) {
            archive.position(pos);
            n = archive.read(buf);
          }
          if (n > 0) {
            pos += n;
          }
          return n;
        }

        @Override
        public long skip(long n) {
          long s = Math.max(0, Math.min(n, end - pos));
          pos += s;
          return s;
        }
      };
    }

    @Override
    public boolean reopenable() {
      return true;
    }
  }

  /** A stream that can be read once (a tar member, a decompressed stream, a caller's stream). */
  final class StreamBlob implements Blob {
    private final String location;
    private final long size;
    private InputStream stream;

    StreamBlob(String location, long size, InputStream stream) {
      this.location = location;
      this.size = size;
      this.stream = stream;
    }

    @Override
    public String location() {
      return location;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public InputStream open() {
      if (stream == null) {
        throw new UncheckedIOException(new IOException("one-shot stream opened twice: " + location));
      }
      InputStream s = stream;
      stream = null;
      return s;
    }

    @Override
    public boolean reopenable() {
      return false;
    }
  }
}
