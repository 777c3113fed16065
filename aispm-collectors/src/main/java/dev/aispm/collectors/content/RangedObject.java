package dev.aispm.collectors.content;

import dev.aispm.scanners.files.ContentSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stored object read by ranges, as a {@link ContentSource} with random access: an archive is
 * then judged by its index (a zip's central directory read from the end, a tar's headers with the
 * members between them skipped), and only the members the scanners read are fetched. A large
 * model archive is so judged on its pickles, not on the first bytes of its tensors.
 *
 * <p>Every byte fetched counts against the per-object budget; a read that would pass it ends the
 * content there and marks the object {@link #exhausted()}, so the verdict says "not fully
 * scanned". Recently fetched blocks are kept, so the engine's re-reads (a head, then the same
 * member for a second scanner) cost no second request.
 */
public final class RangedObject implements ContentSource {
  /** The smallest range asked for: a zip directory, a tar header and a member's head fit. */
  static final int MIN_FETCH = 64 * 1024;
  /** The largest range asked for at once, reached when the engine reads straight on. */
  static final int MAX_FETCH = 8 * 1024 * 1024;
  /** Blocks kept: two of the largest ranges, so a straight read never fetches a block twice. */
  private static final int CACHED_BLOCKS = 2 * MAX_FETCH / MIN_FETCH;

  /** Fetches bytes of the object; implementations say the object's size and version in their answer. */
  public interface RangeReader {
    /** Bytes {@code [offset, offset + length)} of the object, fewer at its end. */
    Range read(long offset, int length) throws IOException;
  }

  /**
   * One answer: the bytes, where in the object they start (0 when a store ignored the range and
   * sent the object from its start), and the object's whole size, version and ETag (null when
   * unknown).
   */
  public record Range(byte[] bytes, long start, long size, String versionId, String etag) {}

  private final String location;
  private final RangeReader reader;
  private final long budget;
  private final Map<Long, byte[]> blocks = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
      return size() > CACHED_BLOCKS;
    }
  };
  private long size = -1;
  private String versionId;
  private String etag;
  private long fetched;
  private boolean exhausted;
  private long lastEnd = -1;
  private int nextFetch = MIN_FETCH;
  /** SHA-256 of bytes [0, digested): fetches are folded in as they extend that prefix. */
  private final MessageDigest digest = sha256Digest();
  private long digested;

  /**
   * @param budget bytes that may be fetched in all
   */
  public RangedObject(String location, RangeReader reader, long budget) {
    this.location = location;
    this.reader = reader;
    this.budget = budget;
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  public long size() {
    try {
      ensureSize();
    } catch (IOException e) {
      return -1;
    }
    return size;
  }

  /** Bytes fetched so far. */
  public long fetched() {
    return fetched;
  }

  /** Whether a read was refused because the budget ran out: part of the object was never seen. */
  public boolean exhausted() {
    return exhausted;
  }

  /** The object's size once anything was fetched, else -1. */
  public long knownSize() {
    return size;
  }

  public String versionId() {
    return versionId;
  }

  public String etag() {
    return etag;
  }

  @Override
  public InputStream open() throws IOException {
    return new ChannelStream(new View());
  }

  @Override
  public SeekableByteChannel channel() throws IOException {
    ensureSize();
    return new View();
  }

  /**
   * Fetches the first range, so the object's size and version are known and a refused read (no
   * permission, no such key) fails here, before any scanner runs, as the store's error.
   */
  public void load() throws IOException {
    ensureSize();
  }

  private void ensureSize() throws IOException {
    if (size < 0) {
      fetch(0);
    }
  }

  /**
   * The SHA-256 of the whole object, hex, or null when it cannot be read whole within the budget.
   * A model read straight through is hashed as it is fetched; one read by its index (a zip's
   * directory, tar headers) has the bytes the scan skipped fetched now, charged to the budget.
   */
  public synchronized String sha256() throws IOException {
    ensureSize();
    if (size > budget) {
      return null;
    }
    while (digested < size) {
      long before = digested;
      long start = Math.floorDiv(digested, MIN_FETCH) * MIN_FETCH;
      byte[] block = blocks.get(start);
      if (block == null) {
        block = fetch(start);
      }
      if (block != null) {
        extendDigest(start, block);
      }
      if (block == null || digested == before) {
        return null;
      }
    }
    try {
      return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digests clone", e);
    }
  }

  private void extendDigest(long start, byte[] bytes) {
    long end = start + bytes.length;
    if (start <= digested && end > digested) {
      int from = (int) (digested - start);
      digest.update(bytes, from, bytes.length - from);
      digested = end;
    }
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Copies bytes at {@code position} into {@code dst}; -1 at the end or when the budget is spent. */
  synchronized int readAt(long position, ByteBuffer dst) throws IOException {
    ensureSize();
    if (position >= size) {
      return -1;
    }
    int total = 0;
    while (dst.hasRemaining() && position < size) {
      long start = Math.floorDiv(position, MIN_FETCH) * MIN_FETCH;
      byte[] block = blocks.get(start);
      if (block == null) {
        block = fetch(start);
        if (block == null) {
          break;
        }
      }
      int off = (int) (position - start);
      if (off >= block.length) {
        break;
      }
      int n = Math.min(dst.remaining(), block.length - off);
      dst.put(block, off, n);
      position += n;
      total += n;
    }
    return total == 0 ? -1 : total;
  }

  /**
   * Fetches from {@code start} (a block boundary): one block when reads jump about, growing ranges
   * when they go straight on. Returns the first block, or null when the budget is spent.
   */
  private byte[] fetch(long start) throws IOException {
    int want = start == lastEnd ? Math.min(MAX_FETCH, nextFetch * 2) : MIN_FETCH;
    long allowed = budget - fetched;
    if (allowed <= 0) {
      exhausted = true;
      return null;
    }
    int length = (int) Math.min(want, allowed);
    Range r = reader.read(start, length);
    fetched += r.bytes().length;
    if (size < 0) {
      size = r.size();
      versionId = r.versionId();
      etag = r.etag();
    }
    if (size < 0) {
      // No size from the store: what it sent is all that can be known to exist, and if it sent
      // all that was asked, more may follow that will never be read.
      size = r.start() + r.bytes().length;
      exhausted |= r.bytes().length >= length;
    }
    nextFetch = length;
    lastEnd = r.start() + r.bytes().length;
    extendDigest(r.start(), r.bytes());
    if (length < want && lastEnd < size) {
      // Cut by the budget: the next read past this point is refused.
      exhausted = true;
    }
    for (int off = 0; off < r.bytes().length; off += MIN_FETCH) {
      blocks.put(r.start() + off,
          java.util.Arrays.copyOfRange(r.bytes(), off, Math.min(r.bytes().length, off + MIN_FETCH)));
    }
    byte[] block = blocks.get(start);
    if (block == null) {
      // The store answered with other bytes than asked for (a range it ignored past the start):
      // what lies there cannot be read, and the verdict must not pretend it was.
      exhausted = true;
    }
    return block;
  }

  /** A read-only view with its own position; closing it keeps the object and its cache. */
  private final class View implements SeekableByteChannel {
    private long position;
    private boolean open = true;

    @Override
    public int read(ByteBuffer dst) throws IOException {
      if (!open) {
        throw new ClosedChannelException();
      }
      int n = readAt(position, dst);
      if (n > 0) {
        position += n;
      }
      return n;
    }

    @Override
    public int write(ByteBuffer src) {
      throw new NonWritableChannelException();
    }

    @Override
    public long position() {
      return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
      position = newPosition;
      return this;
    }

    @Override
    public long size() throws IOException {
      ensureSize();
      return size;
    }

    @Override
    public SeekableByteChannel truncate(long s) {
      throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() {
      open = false;
    }
  }

  /** A stream over a view whose skip moves the position without fetching: a tar's members are passed over. */
  private static final class ChannelStream extends InputStream {
    private final View view;

    ChannelStream(View view) {
      this.view = view;
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
      return view.read(ByteBuffer.wrap(b, off, len));
    }

    @Override
    public long skip(long n) throws IOException {
      if (n <= 0) {
        return 0;
      }
      long left = Math.max(0, view.size() - view.position());
      long s = Math.min(n, left);
      view.position(view.position() + s);
      return s;
    }

    @Override
    public void close() {
      view.close();
    }
  }
}
