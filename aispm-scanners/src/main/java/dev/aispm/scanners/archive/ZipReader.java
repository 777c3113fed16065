package dev.aispm.scanners.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.deflate64.Deflate64CompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Reads zip archives the way a hostile one demands: the central directory and the chain of local
 * headers are both walked, and every entry either lists is returned. Loaders disagree on which
 * they trust (PyTorch reads the central directory and ignores flag bits and CRCs; Python's
 * zipfile rejects mismatched names, encryption flags and bad CRCs), and scanners that trusted one
 * view, or crashed on an oddity the loader tolerates, have been bypassed. Oddities are reported as
 * {@link ZipAnomaly}s and reading goes on.
 */
public final class ZipReader {
  private static final int LOCAL_SIG = 0x04034b50;
  private static final int CENTRAL_SIG = 0x02014b50;
  private static final int EOCD_SIG = 0x06054b50;
  private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
  private static final int ZIP64_EOCD_SIG = 0x06064b50;
  private static final int DESCRIPTOR_SIG = 0x08074b50;
  private static final int EOCD_MIN = 22;
  private static final int MAX_COMMENT = 0xffff;
  /** How far the local walk searches for the end of an entry whose size is only in a descriptor. */
  private static final long DESCRIPTOR_SEARCH_LIMIT = 64L * 1024 * 1024;
  private static final Charset CP437 = cp437();

  /** One way of reading an entry's bytes. */
  public record Entry(String name, int method, int flags, long crc, long compressedSize,
      long size, long localHeaderOffset, long dataOffset, String view) {
    /** Whether bit 0 (traditional encryption) is set. */
    public boolean encryptedFlag() {
      return (flags & 1) != 0;
    }

    /** Whether the entry is a directory. */
    public boolean directory() {
      return name.endsWith("/") && size == 0;
    }
  }

  /** Everything read from one archive: the entries to scan and what looked wrong. */
  public record Listing(List<Entry> entries, List<ZipAnomaly> anomalies, boolean truncated) {
  }

  private final SeekableByteChannel channel;
  private final long size;
  private final int maxEntries;
  private final List<ZipAnomaly> anomalies = new ArrayList<>();
  private boolean truncated;

  private ZipReader(SeekableByteChannel channel, int maxEntries) throws IOException {
    this.channel = channel;
    this.size = channel.size();
    this.maxEntries = maxEntries;
  }

  /** Lists the entries of the archive in {@code channel}, up to {@code maxEntries}. */
  public static Listing list(SeekableByteChannel channel, int maxEntries) throws IOException {
    return new ZipReader(channel, maxEntries).listAll();
  }

  /** Whether the last bytes of {@code channel} hold an end-of-central-directory record. */
  public static boolean hasEndRecord(SeekableByteChannel channel) throws IOException {
    return new ZipReader(channel, 1).findEndRecord() >= 0;
  }

  private Listing listAll() throws IOException {
    Map<Long, Entry> byOffset = new LinkedHashMap<>();
    List<Entry> central = readCentralDirectory();
    Set<Long> centralOffsets = new HashSet<>();
    Map<String, Integer> nameCounts = new HashMap<>();
    List<Entry> result = new ArrayList<>();
    for (Entry cd : central) {
      centralOffsets.add(cd.localHeaderOffset());
      if (nameCounts.merge(cd.name(), 1, Integer::sum) == 2) {
        anomalies.add(new ZipAnomaly("archive.zip.duplicate-entry", ZipAnomaly.Level.MEDIUM,
            "the central directory lists '" + cd.name() + "' more than once; loaders disagree on"
                + " which copy they read, so every copy is scanned", cd.name()));
      }
      Entry local = readLocal(cd.localHeaderOffset(), cd);
      if (local == null) {
        continue;
      }
      Entry view = new Entry(cd.name(), cd.method(), cd.flags() | local.flags(), cd.crc(),
          cd.compressedSize(), cd.size(), cd.localHeaderOffset(), local.dataOffset(), "central");
      result.add(view);
      byOffset.put(cd.localHeaderOffset(), view);
      compareHeaders(cd, local, result);
    }
    walkLocalHeaders(centralOffsets, byOffset, result);
    for (Entry e : result) {
      if (e.encryptedFlag()) {
        anomalies.add(new ZipAnomaly("archive.zip.flag-anomaly", ZipAnomaly.Level.LOW,
            "entry has the encryption flag set; it is read as plain data, as PyTorch's reader"
                + " does", e.name()));
      }
      if ((e.flags() & 0x40) != 0) {
        anomalies.add(new ZipAnomaly("archive.zip.flag-anomaly", ZipAnomaly.Level.LOW,
            "entry has the strong-encryption flag set", e.name()));
      }
    }
    return new Listing(result, List.copyOf(anomalies), truncated);
  }

  /** Opens an entry's decompressed bytes; {@code compressedCounter} sees the raw bytes read. */
  public InputStream open(Entry entry, CountingInputStream[] compressedCounter) throws IOException {
    return openEntry(channel, entry, compressedCounter);
  }

  /** Opens an entry of an archive listed from {@code channel}. */
  public static InputStream openEntry(SeekableByteChannel channel, Entry entry,
      CountingInputStream[] compressedCounter) throws IOException {
    long available = Math.max(0, channel.size() - entry.dataOffset());
    long length = Math.min(entry.compressedSize(), available);
    CountingInputStream raw = new CountingInputStream(
        new ChannelRangeInputStream(channel, entry.dataOffset(), length));
    if (compressedCounter != null && compressedCounter.length > 0) {
      compressedCounter[0] = raw;
    }
    return switch (entry.method()) {
      case 0 -> raw;
      case 8 -> new InflaterInputStream(raw, new Inflater(true), 64 * 1024) {
        @Override
        public void close() throws IOException {
          super.close();
          inf.end();
        }
      };
      case 9 -> new Deflate64CompressorInputStream(raw);
      case 12 -> new BZip2CompressorInputStream(raw);
      case 95 -> new XZCompressorInputStream(raw);
      default -> throw new UnsupportedMethodException(entry.method());
    };
  }

  /** The entry uses a compression method this reader cannot decode. */
  public static final class UnsupportedMethodException extends IOException {
    private static final long serialVersionUID = 1L;

    UnsupportedMethodException(int method) {
      super("compression method " + method + " is not supported");
    }
  }

  private void compareHeaders(Entry cd, Entry local, List<Entry> result) {
    if (!local.name().equals(cd.name())) {
      anomalies.add(new ZipAnomaly("archive.zip.header-mismatch", ZipAnomaly.Level.MEDIUM,
          "local header names '" + local.name() + "' where the central directory names '"
              + cd.name() + "'", cd.name()));
    }
    boolean localSizesKnown = (local.flags() & 8) == 0;
    boolean methodDiffers = local.method() != cd.method();
    boolean sizeDiffers = localSizesKnown && local.compressedSize() != cd.compressedSize();
    if (methodDiffers || sizeDiffers) {
      anomalies.add(new ZipAnomaly("archive.zip.header-mismatch", ZipAnomaly.Level.MEDIUM,
          "local header says method " + local.method() + ", " + local.compressedSize()
              + " bytes where the central directory says method " + cd.method() + ", "
              + cd.compressedSize() + " bytes; both readings are scanned", cd.name()));
      if (localSizesKnown) {
        result.add(new Entry(local.name(), local.method(), local.flags(), local.crc(),
            local.compressedSize(), local.size(), local.localHeaderOffset(), local.dataOffset(),
            "local"));
      }
    }
  }

  private void walkLocalHeaders(Set<Long> centralOffsets, Map<Long, Entry> byOffset,
      List<Entry> result) throws IOException {
    long offset = firstLocalHeader();
    if (offset > 0) {
      anomalies.add(new ZipAnomaly("archive.zip.prefixed-data", ZipAnomaly.Level.LOW,
          offset + " bytes precede the first entry (a polyglot or self-extracting archive)", ""));
    }
    int walked = 0;
    while (offset >= 0 && offset + 30 <= size && readInt(offset) == LOCAL_SIG) {
      if (++walked > maxEntries) {
        truncated = true;
        return;
      }
      Entry local = readLocal(offset, null);
      if (local == null) {
        return;
      }
      Entry known = byOffset.get(offset);
      long compressed = local.compressedSize();
      if ((local.flags() & 8) != 0 && compressed == 0) {
        compressed = known != null ? known.compressedSize() : findDataEnd(local.dataOffset());
        if (compressed < 0) {
          return;
        }
        local = new Entry(local.name(), local.method(), local.flags(), local.crc(), compressed,
            local.size(), offset, local.dataOffset(), "local");
      }
      if (!centralOffsets.contains(offset)) {
        anomalies.add(new ZipAnomaly("archive.zip.hidden-entry", ZipAnomaly.Level.MEDIUM,
            "entry '" + local.name() + "' has a local header but is missing from the central"
                + " directory; it is scanned anyway", local.name()));
        result.add(local);
      }
      long next = local.dataOffset() + compressed;
      if ((local.flags() & 8) != 0) {
        // The descriptor's signature is optional, so both lengths are tried.
        next += readInt(next) == DESCRIPTOR_SIG ? 16 : 12;
        if (readInt(next) != LOCAL_SIG && readInt(next - 4) == LOCAL_SIG) {
          next -= 4;
        }
      }
      if (next <= offset) {
        return;
      }
      offset = next;
    }
  }

  /** Data-descriptor entries without a central record: search for the next header signature. */
  private long findDataEnd(long dataOffset) throws IOException {
    long limit = Math.min(size, dataOffset + DESCRIPTOR_SEARCH_LIMIT);
    ByteBuffer buf = ByteBuffer.allocate(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
    for (long pos = dataOffset; pos < limit; pos += buf.capacity() - 3) {
      buf.clear();
      int n = readAt(pos, buf);
      for (int i = 0; i + 4 <= n; i++) {
        int sig = buf.getInt(i);
        if (sig == DESCRIPTOR_SIG) {
          return pos + i - dataOffset;
        }
        if (sig == LOCAL_SIG || sig == CENTRAL_SIG) {
          return Math.max(0, pos + i - dataOffset - 12);
        }
      }
      if (n < buf.capacity()) {
        break;
      }
    }
    return -1;
  }

  private long firstLocalHeader() throws IOException {
    if (size >= 4 && readInt(0) == LOCAL_SIG) {
      return 0;
    }
    if (size >= 8 && readInt(0) == DESCRIPTOR_SIG && readInt(4) == LOCAL_SIG) {
      return 4;
    }
    // A prefixed archive (polyglot): search the first megabyte for a local header.
    ByteBuffer buf = ByteBuffer.allocate((int) Math.min(size, 1 << 20)).order(ByteOrder.LITTLE_ENDIAN);
    int n = readAt(0, buf);
    for (int i = 0; i + 4 <= n; i++) {
      if (buf.getInt(i) == LOCAL_SIG) {
        return i;
      }
    }
    return -1;
  }

  private List<Entry> readCentralDirectory() throws IOException {
    long eocd = findEndRecord();
    if (eocd < 0) {
      anomalies.add(new ZipAnomaly("archive.zip.no-central-directory", ZipAnomaly.Level.LOW,
          "no end-of-central-directory record; entries were found by walking local headers", ""));
      return List.of();
    }
    ByteBuffer end = read(eocd, EOCD_MIN);
    long entries = end.getShort(10) & 0xffff;
    long cdSize = end.getInt(12) & 0xffffffffL;
    long cdOffset = end.getInt(16) & 0xffffffffL;
    if ((entries == 0xffff || cdSize == 0xffffffffL || cdOffset == 0xffffffffL) && eocd >= 20
        && readInt(eocd - 20) == ZIP64_LOCATOR_SIG) {
      long z64 = read(eocd - 20, 20).getLong(8);
      if (z64 >= 0 && z64 + 56 <= size && readInt(z64) == ZIP64_EOCD_SIG) {
        ByteBuffer rec = read(z64, 56);
        entries = rec.getLong(32);
        cdSize = rec.getLong(40);
        cdOffset = rec.getLong(48);
      }
    }
    long cdEnd = eocd;
    if (cdOffset < 0 || cdOffset + 4 > size || readInt(cdOffset) != CENTRAL_SIG) {
      // Data prepended to the archive shifts every offset; locate the directory from its end.
      long shifted = cdEnd - cdSize;
      if (shifted >= 0 && shifted + 4 <= size && readInt(shifted) == CENTRAL_SIG) {
        long bias = shifted - cdOffset;
        return parseCentral(shifted, entries, bias);
      }
      anomalies.add(new ZipAnomaly("archive.zip.no-central-directory", ZipAnomaly.Level.LOW,
          "the end record points at no central directory; entries were found by walking local"
              + " headers", ""));
      return List.of();
    }
    return parseCentral(cdOffset, entries, 0);
  }

  private List<Entry> parseCentral(long start, long declared, long bias) throws IOException {
    List<Entry> out = new ArrayList<>();
    long pos = start;
    while (pos + 46 <= size && readInt(pos) == CENTRAL_SIG) {
      if (out.size() >= maxEntries) {
        truncated = true;
        break;
      }
      ByteBuffer h = read(pos, 46);
      int flags = h.getShort(8) & 0xffff;
      int method = h.getShort(10) & 0xffff;
      long crc = h.getInt(16) & 0xffffffffL;
      long csize = h.getInt(20) & 0xffffffffL;
      long usize = h.getInt(24) & 0xffffffffL;
      int nameLen = h.getShort(28) & 0xffff;
      int extraLen = h.getShort(30) & 0xffff;
      int commentLen = h.getShort(32) & 0xffff;
      long lho = h.getInt(42) & 0xffffffffL;
      String name = decodeName(readBytes(pos + 46, nameLen), flags);
      ByteBuffer extra = read(pos + 46 + nameLen, extraLen);
      long[] z64 = zip64(extra, usize, csize, lho);
      out.add(new Entry(name, method, flags, crc, z64[1], z64[0], z64[2] + bias, -1, "central"));
      pos += 46L + nameLen + extraLen + commentLen;
    }
    if (out.size() < declared && !truncated) {
      anomalies.add(new ZipAnomaly("archive.zip.header-mismatch", ZipAnomaly.Level.LOW,
          "the end record declares " + declared + " entries but the central directory holds "
              + out.size(), ""));
    }
    return out;
  }

  /** Reads a local header; {@code central} supplies sizes when the header defers to a descriptor. */
  private Entry readLocal(long offset, Entry central) throws IOException {
    if (offset < 0 || offset + 30 > size || readInt(offset) != LOCAL_SIG) {
      if (central != null) {
        anomalies.add(new ZipAnomaly("archive.zip.header-mismatch", ZipAnomaly.Level.MEDIUM,
            "the central directory points at offset " + offset + " where there is no local header;"
                + " the entry cannot be read", central.name()));
      }
      return null;
    }
    ByteBuffer h = read(offset, 30);
    int flags = h.getShort(6) & 0xffff;
    int method = h.getShort(8) & 0xffff;
    long crc = h.getInt(14) & 0xffffffffL;
    long csize = h.getInt(18) & 0xffffffffL;
    long usize = h.getInt(22) & 0xffffffffL;
    int nameLen = h.getShort(26) & 0xffff;
    int extraLen = h.getShort(28) & 0xffff;
    String name = decodeName(readBytes(offset + 30, nameLen), flags);
    long[] z64 = zip64(read(offset + 30 + nameLen, extraLen), usize, csize, -1);
    long dataOffset = offset + 30 + nameLen + extraLen;
    return new Entry(name, method, flags, crc, z64[1], z64[0], offset, dataOffset, "local");
  }

  /** Applies a ZIP64 extended-information extra field: {uncompressed, compressed, offset}. */
  private static long[] zip64(ByteBuffer extra, long usize, long csize, long lho) {
    long[] out = {usize, csize, lho};
    int p = 0;
    while (p + 4 <= extra.limit()) {
      int id = extra.getShort(p) & 0xffff;
      int len = extra.getShort(p + 2) & 0xffff;
      int q = p + 4;
      if (id == 0x0001) {
        if (usize == 0xffffffffL && q + 8 <= extra.limit()) {
          out[0] = extra.getLong(q);
          q += 8;
        }
        if (csize == 0xffffffffL && q + 8 <= extra.limit()) {
          out[1] = extra.getLong(q);
          q += 8;
        }
        if (lho == 0xffffffffL && q + 8 <= extra.limit()) {
          out[2] = extra.getLong(q);
        }
      }
      p += 4 + len;
    }
    return out;
  }

  private long findEndRecord() throws IOException {
    if (size < EOCD_MIN) {
      return -1;
    }
    int span = (int) Math.min(size, EOCD_MIN + MAX_COMMENT);
    ByteBuffer tail = read(size - span, span);
    for (int i = span - EOCD_MIN; i >= 0; i--) {
      if (tail.getInt(i) == EOCD_SIG) {
        return size - span + i;
      }
    }
    return -1;
  }

  private static String decodeName(byte[] raw, int flags) {
    return new String(raw, (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : CP437);
  }

  private int readInt(long offset) throws IOException {
    ByteBuffer b = read(offset, 4);
    return b.limit() < 4 ? 0 : b.getInt(0);
  }

  private byte[] readBytes(long offset, int len) throws IOException {
    ByteBuffer b = read(offset, len);
    byte[] out = new byte[b.limit()];
    b.get(0, out);
    return out;
  }

  /** Reads up to {@code len} bytes at {@code offset}; fewer (a lower limit) near the end. */
  private ByteBuffer read(long offset, int len) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
    if (offset >= 0 && offset < size) {
      readAt(offset, buf);
    } else {
      buf.limit(0);
    }
    return buf;
  }

  private int readAt(long offset, ByteBuffer buf) throws IOException {
    channel.position(offset);
    int total = 0;
    while (buf.hasRemaining()) {
      int n = channel.read(buf);
      if (n <= 0) {
        break;
      }
      total += n;
    }
    buf.flip();
    buf.order(ByteOrder.LITTLE_ENDIAN);
    return total;
  }

  private static Charset cp437() {
    try {
      return Charset.forName("IBM437");
    } catch (IllegalArgumentException e) {
      return StandardCharsets.ISO_8859_1;
    }
  }
}
