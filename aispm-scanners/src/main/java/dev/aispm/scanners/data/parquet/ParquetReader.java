package dev.aispm.scanners.data.parquet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the string cells of a Parquet file without Hadoop: the Thrift footer, the schema's leaf
 * columns with their definition and repetition levels, and each string column's pages (v1 and v2,
 * PLAIN or dictionary encoded, uncompressed, gzip or snappy). Only what secret and personal-data
 * scanning needs is decoded; numbers, dates and nested structure are walked past.
 *
 * <p>The file is hostile until proven otherwise: every size, count and offset it declares is
 * checked against the bytes that exist and against fixed bounds before anything is allocated,
 * so a malformed file ends in a {@link MalformedParquetException}, never in an out-of-memory
 * error or an endless loop.
 */
final class ParquetReader {
  static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
  /** Real footers are kilobytes to a few megabytes; hundreds of thousands of columns stay below. */
  static final int MAX_FOOTER = 64 * 1024 * 1024;
  /** Pages are normally about a megabyte; writers never exceed a few hundred. */
  static final int MAX_PAGE = 256 * 1024 * 1024;
  /** Values (with nulls) in one page; writers default to about 20,000 rows a page. */
  static final int MAX_PAGE_VALUES = 1 << 24;
  private static final int MAX_SCHEMA_DEPTH = 64;
  private static final int MAX_PAGE_HEADER = 16 * 1024 * 1024;

  /** Where string cells go. */
  interface CellSink {
    /** A string value of {@code column} in 0-based {@code row}. */
    void cell(String column, long row, byte[] bytes, int offset, int length);

    /** Part of the file that is valid but cannot be read here (an unsupported codec). */
    void unsupported(String column, String reason);
  }

  /** A leaf column of the schema. */
  record Leaf(String path, int type, boolean text, int maxDef, int maxRep) {
  }

  private final RandomBytes file;
  private final int maxPage;
  private final long maxDecompressed;
  private final int maxRatio;
  private long decompressed;
  /**
   * Level entries (values and nulls) all pages together may declare. A run of nulls costs a few
   * bytes however long it is, so a small hostile file could otherwise declare billions of them;
   * sixteen per byte of file (at least 2^24) is far above what real files hold.
   */
  private long valueBudget;
  private final Map<String, Boolean> reportedUnsupported = new HashMap<>();

  /**
   * @param maxPage         largest page, compressed or not, that is read
   * @param maxDecompressed total bytes all pages may expand to
   * @param maxRatio        expansion ratio above which a page counts as a bomb
   */
  ParquetReader(RandomBytes file, int maxPage, long maxDecompressed, int maxRatio) {
    this.file = file;
    this.maxPage = Math.min(maxPage, MAX_PAGE);
    this.maxDecompressed = maxDecompressed;
    this.maxRatio = maxRatio;
    this.valueBudget = Math.max(1L << 24, Math.min(Long.MAX_VALUE / 32, file.size()) * 16);
  }

  /** Reads every string cell into {@code sink}. */
  void read(CellSink sink) throws IOException, MalformedParquetException {
    long size = file.size();
    if (size < 12) {
      throw new MalformedParquetException("file of " + size + " bytes is too short for Parquet");
    }
    byte[] tail = file.read(size - 8, 8);
    if (tail[4] != MAGIC[0] || tail[5] != MAGIC[1] || tail[6] != MAGIC[2] || tail[7] != MAGIC[3]) {
      throw new MalformedParquetException("file does not end with the Parquet magic"
          + " (truncated or not Parquet)");
    }
    long footerLength = le32(tail, 0) & 0xffffffffL;
    if (footerLength > size - 12 || footerLength > MAX_FOOTER) {
      throw new MalformedParquetException("footer length " + footerLength + " does not fit the "
          + size + "-byte file");
    }
    long footerStart = size - 8 - footerLength;
    byte[] footer = file.read(footerStart, (int) footerLength);
    ThriftCompact.Struct meta = new ThriftCompact(footer, 0, footer.length, footer.length)
        .readStruct();
    Map<String, Leaf> leaves = leaves(meta.list(2));
    long rowStart = 0;
    for (Object g : meta.list(4)) {
      if (!(g instanceof ThriftCompact.Struct group)) {
        throw new MalformedParquetException("row group is not a struct");
      }
      for (Object c : group.list(1)) {
        if (!(c instanceof ThriftCompact.Struct chunk)) {
          throw new MalformedParquetException("column chunk is not a struct");
        }
        readChunk(chunk, leaves, rowStart, footerStart, sink);
      }
      long rows = group.i64(3, -1);
      if (rows < 0) {
        throw new MalformedParquetException("row group has no valid row count");
      }
      rowStart += rows;
    }
  }

  /** The schema's leaves by dotted path, with the levels their ancestors imply. */
  static Map<String, Leaf> leaves(List<Object> schema) throws MalformedParquetException {
    Map<String, Leaf> out = new HashMap<>();
    if (schema.isEmpty()) {
      throw new MalformedParquetException("schema is empty");
    }
    int[] next = {1};
    ThriftCompact.Struct root = element(schema, 0);
    int children = root.i32(5, 0);
    for (int i = 0; i < children; i++) {
      walk(schema, next, "", 0, 0, 1, out);
    }
    return out;
  }

  private static void walk(List<Object> schema, int[] next, String prefix, int def, int rep,
      int depth, Map<String, Leaf> out) throws MalformedParquetException {
    if (depth > MAX_SCHEMA_DEPTH) {
      throw new MalformedParquetException("schema nested deeper than " + MAX_SCHEMA_DEPTH);
    }
    if (next[0] >= schema.size()) {
      throw new MalformedParquetException("schema declares more children than elements");
    }
    ThriftCompact.Struct e = element(schema, next[0]++);
    String name = e.string(4);
    if (name == null) {
      throw new MalformedParquetException("schema element has no name");
    }
    String path = prefix.isEmpty() ? name : prefix + "." + name;
    int repetition = e.i32(3, 0);
    int d = def + (repetition == 1 || repetition == 2 ? 1 : 0);
    int r = rep + (repetition == 2 ? 1 : 0);
    int children = e.i32(5, 0);
    if (children < 0 || children > schema.size() - next[0]) {
      throw new MalformedParquetException("schema element " + path + " declares " + children
          + " children");
    }
    if (children == 0) {
      out.put(path, new Leaf(path, e.i32(1, -1), isText(e), d, r));
      return;
    }
    for (int i = 0; i < children; i++) {
      walk(schema, next, path, d, r, depth + 1, out);
    }
  }

  private static ThriftCompact.Struct element(List<Object> schema, int i)
      throws MalformedParquetException {
    if (schema.get(i) instanceof ThriftCompact.Struct s) {
      return s;
    }
    throw new MalformedParquetException("schema element is not a struct");
  }

  /**
   * Byte-array columns are read unless annotated as BSON: strings, JSON and enums are text, and
   * old writers left string columns unannotated.
   */
  private static boolean isText(ThriftCompact.Struct e) throws MalformedParquetException {
    int converted = e.i32(6, -1);
    ThriftCompact.Struct logical = e.struct(10);
    boolean bson = converted == 20 || (logical != null && logical.has(13));
    return !bson;
  }

  private void readChunk(ThriftCompact.Struct chunk, Map<String, Leaf> leaves, long rowStart,
      long footerStart, CellSink sink) throws IOException, MalformedParquetException {
    ThriftCompact.Struct meta = chunk.struct(3);
    if (meta == null) {
      // The chunk lives in another file (file_path); there is nothing here to read.
      return;
    }
    List<String> parts = new ArrayList<>();
    for (Object p : meta.list(3)) {
      if (!(p instanceof byte[] b)) {
        throw new MalformedParquetException("column path is not a list of strings");
      }
      parts.add(new String(b, StandardCharsets.UTF_8));
    }
    String path = String.join(".", parts);
    Leaf leaf = leaves.get(path);
    if (leaf == null) {
      throw new MalformedParquetException("column chunk for " + path + " is not in the schema");
    }
    if (leaf.type() != 6 || !leaf.text()) {
      return;
    }
    int codec = meta.i32(4, 0);
    if (codec != 0 && codec != 1 && codec != 2) {
      unsupported(sink, path, "codec " + codecName(codec) + " is not supported, so this column"
          + " was not read");
      return;
    }
    long numValues = meta.i64(5, -1);
    long compressedSize = meta.i64(7, -1);
    long dataOffset = meta.i64(9, -1);
    long dictOffset = meta.i64(11, -1);
    long start = dictOffset > 0 && dictOffset < dataOffset ? dictOffset : dataOffset;
    if (numValues < 0 || compressedSize < 0 || start < MAGIC.length
        || start > footerStart - compressedSize) {
      throw new MalformedParquetException("column " + path + " declares a range outside the data");
    }
    new ChunkReader(leaf, codec, start, start + compressedSize, numValues, rowStart, sink).run();
  }

  private void unsupported(CellSink sink, String column, String reason) {
    if (reportedUnsupported.put(column + "\u0000" + reason, Boolean.TRUE) == null) {
      sink.unsupported(column, reason);
    }
  }

  /** Pages of one column chunk. */
  private final class ChunkReader {
    private final Leaf leaf;
    private final int codec;
    private final long end;
    private final long numValues;
    private final CellSink sink;
    private long pos;
    private long valuesSeen;
    private long row;
    private byte[] dictData;
    private int[] dictOffsets;
    private int[] dictLengths;

    ChunkReader(Leaf leaf, int codec, long start, long end, long numValues, long rowStart,
        CellSink sink) {
      this.leaf = leaf;
      this.codec = codec;
      this.pos = start;
      this.end = end;
      this.numValues = numValues;
      this.row = rowStart - 1;
      this.sink = sink;
    }

    void run() throws IOException, MalformedParquetException {
      while (pos < end && valuesSeen < numValues) {
        ThriftCompact.Struct header = pageHeader();
        int type = header.i32(1, -1);
        int uncompressed = header.i32(2, -1);
        int compressed = header.i32(3, -1);
        if (uncompressed < 0 || compressed < 0 || compressed > end - pos) {
          throw new MalformedParquetException("page in " + leaf.path()
              + " declares sizes outside its column chunk");
        }
        if (compressed > maxPage || uncompressed > maxPage) {
          throw new MalformedParquetException("page in " + leaf.path() + " is larger than "
              + maxPage + " bytes");
        }
        byte[] raw = file.read(pos, compressed);
        pos += compressed;
        switch (type) {
          case 2 -> dictionary(header, raw, uncompressed);
          case 0 -> dataV1(header, raw, uncompressed);
          case 3 -> dataV2(header, raw, uncompressed);
          default -> {
            // Index pages and unknown types carry no cells.
          }
        }
      }
    }

    private ThriftCompact.Struct pageHeader() throws IOException, MalformedParquetException {
      long left = end - pos;
      int window = (int) Math.min(left, 64 * 1024);
      while (true) {
        byte[] bytes = file.read(pos, window);
        ThriftCompact reader = new ThriftCompact(bytes, 0, bytes.length, bytes.length);
        try {
          ThriftCompact.Struct header = reader.readStruct();
          pos += reader.position();
          return header;
        } catch (ThriftCompact.TruncatedException e) {
          // Statistics can make a header longer than the first window.
          if (window >= left || window >= MAX_PAGE_HEADER) {
            throw new MalformedParquetException("page header in " + leaf.path()
                + " runs past its column chunk");
          }
          window = (int) Math.min(left, Math.min((long) window * 4, MAX_PAGE_HEADER));
        }
      }
    }

    private void dictionary(ThriftCompact.Struct header, byte[] raw, int uncompressed)
        throws MalformedParquetException {
      ThriftCompact.Struct dict = header.struct(7);
      if (dict == null) {
        throw new MalformedParquetException("dictionary page without its header");
      }
      int count = dict.i32(1, -1);
      byte[] data = inflate(raw, 0, raw.length, uncompressed);
      // Each entry has a 4-byte length, so a count past a quarter of the bytes is a lie.
      if (count < 0 || count > data.length / 4) {
        throw new MalformedParquetException("dictionary in " + leaf.path() + " declares "
            + count + " entries in " + data.length + " bytes");
      }
      int[] offsets = new int[count];
      int[] lengths = new int[count];
      int at = 0;
      for (int i = 0; i < count; i++) {
        int len = plainLength(data, at, data.length);
        offsets[i] = at + 4;
        lengths[i] = len;
        at += 4 + len;
      }
      dictData = data;
      dictOffsets = offsets;
      dictLengths = lengths;
    }

    private void dataV1(ThriftCompact.Struct header, byte[] raw, int uncompressed)
        throws MalformedParquetException {
      ThriftCompact.Struct h = header.struct(5);
      if (h == null) {
        throw new MalformedParquetException("data page without its header");
      }
      int count = pageValues(h.i32(1, -1));
      int encoding = h.i32(2, -1);
      byte[] data = inflate(raw, 0, raw.length, uncompressed);
      int at = 0;
      RleHybrid rep = null;
      RleHybrid def = null;
      if (leaf.maxRep() > 0) {
        int len = plainLength(data, at, data.length);
        rep = new RleHybrid(data, at + 4, at + 4 + len, bitWidth(leaf.maxRep()));
        at += 4 + len;
      }
      if (leaf.maxDef() > 0) {
        int len = plainLength(data, at, data.length);
        def = new RleHybrid(data, at + 4, at + 4 + len, bitWidth(leaf.maxDef()));
        at += 4 + len;
      }
      values(count, encoding, rep, def, data, at, data.length);
    }

    private void dataV2(ThriftCompact.Struct header, byte[] raw, int uncompressed)
        throws MalformedParquetException {
      ThriftCompact.Struct h = header.struct(8);
      if (h == null) {
        throw new MalformedParquetException("data page v2 without its header");
      }
      int count = pageValues(h.i32(1, -1));
      int encoding = h.i32(4, -1);
      int defLength = h.i32(5, -1);
      int repLength = h.i32(6, -1);
      boolean compressed = h.bool(7, true);
      if (repLength < 0 || defLength < 0 || (long) repLength + defLength > raw.length) {
        throw new MalformedParquetException("data page v2 in " + leaf.path()
            + " declares level lengths past the page");
      }
      // Levels stay uncompressed in v2; only the values section is compressed.
      RleHybrid rep = leaf.maxRep() > 0
          ? new RleHybrid(raw, 0, repLength, bitWidth(leaf.maxRep())) : null;
      RleHybrid def = leaf.maxDef() > 0
          ? new RleHybrid(raw, repLength, repLength + defLength, bitWidth(leaf.maxDef())) : null;
      int valuesStart = repLength + defLength;
      byte[] values;
      int from;
      if (compressed && codec != 0) {
        values = inflate(raw, valuesStart, raw.length, uncompressed - valuesStart);
        from = 0;
      } else {
        values = raw;
        from = valuesStart;
      }
      values(count, encoding, rep, def, values, from, values.length);
    }

    private int pageValues(int count) throws MalformedParquetException {
      if (count < 0 || count > MAX_PAGE_VALUES) {
        throw new MalformedParquetException("page in " + leaf.path() + " declares " + count
            + " values");
      }
      if (valuesSeen + count > numValues) {
        throw new MalformedParquetException("pages of " + leaf.path()
            + " declare more values than their column chunk (" + numValues + ")");
      }
      valueBudget -= count;
      if (valueBudget < 0) {
        throw new MalformedParquetException("pages declare more values than a file of "
            + file.size() + " bytes can hold");
      }
      return count;
    }

    private void values(int count, int encoding, RleHybrid rep, RleHybrid def, byte[] data,
        int from, int to) throws MalformedParquetException {
      boolean dictionary = encoding == 2 || encoding == 8;
      if (!dictionary && encoding != 0) {
        unsupported(sink, leaf.path(), "value encoding " + encoding + " is not supported, so"
            + " pages using it were not read");
        skipLevels(count, rep);
        return;
      }
      RleHybrid indices = null;
      if (dictionary) {
        if (dictData == null) {
          throw new MalformedParquetException("dictionary-encoded page in " + leaf.path()
              + " without a dictionary page");
        }
        if (from >= to) {
          // A page of nulls has no index bytes at all.
          indices = null;
        } else {
          indices = new RleHybrid(data, from + 1, to, data[from] & 0xff);
        }
      }
      int at = from;
      for (int i = 0; i < count; i++) {
        int r = rep == null ? 0 : rep.next();
        int d = def == null ? leaf.maxDef() : def.next();
        if (r == 0) {
          row++;
        }
        valuesSeen++;
        if (d != leaf.maxDef()) {
          continue;
        }
        if (dictionary) {
          if (indices == null) {
            throw new MalformedParquetException("dictionary page in " + leaf.path()
                + " has no indices for its values");
          }
          int index = indices.next();
          if (index < 0 || index >= dictOffsets.length) {
            throw new MalformedParquetException("dictionary index " + index + " in "
                + leaf.path() + " is outside the " + dictOffsets.length + "-entry dictionary");
          }
          sink.cell(leaf.path(), row, dictData, dictOffsets[index], dictLengths[index]);
        } else {
          int len = plainLength(data, at, to);
          sink.cell(leaf.path(), row, data, at + 4, len);
          at += 4 + len;
        }
      }
    }

    private void skipLevels(int count, RleHybrid rep) throws MalformedParquetException {
      for (int i = 0; i < count; i++) {
        if ((rep == null ? 0 : rep.next()) == 0) {
          row++;
        }
        valuesSeen++;
      }
    }

    /** Decompresses {@code raw[from..to)} to exactly {@code expected} bytes. */
    private byte[] inflate(byte[] raw, int from, int to, int expected)
        throws MalformedParquetException {
      if (expected < 0 || expected > maxPage) {
        throw new MalformedParquetException("page in " + leaf.path() + " declares "
            + expected + " uncompressed bytes");
      }
      if (codec == 0) {
        if (to - from != expected) {
          throw new MalformedParquetException("uncompressed page in " + leaf.path()
              + " declares " + expected + " bytes but holds " + (to - from));
        }
        return from == 0 && to == raw.length ? raw : java.util.Arrays.copyOfRange(raw, from, to);
      }
      long compressed = Math.max(1, to - from);
      if (expected > (1 << 20) && expected / compressed > maxRatio) {
        throw new MalformedParquetException("page in " + leaf.path() + " expands " + compressed
            + " bytes to " + expected + ", past the ratio limit of " + maxRatio);
      }
      decompressed += expected;
      if (decompressed > maxDecompressed) {
        throw new MalformedParquetException("pages expand past the limit of " + maxDecompressed
            + " bytes");
      }
      if (codec == 1) {
        return Snappy.decompress(raw, from, to, expected);
      }
      try (GZIPInputStream gz = new GZIPInputStream(
          new ByteArrayInputStream(raw, from, to - from))) {
        byte[] out = gz.readNBytes(expected);
        if (out.length != expected || gz.read() >= 0) {
          throw new MalformedParquetException("gzip page in " + leaf.path()
              + " does not expand to its declared " + expected + " bytes");
        }
        return out;
      } catch (IOException e) {
        throw new MalformedParquetException("gzip page in " + leaf.path() + " is corrupt");
      }
    }
  }

  /** A PLAIN byte-array length at {@code at}, checked against {@code to}. */
  private static int plainLength(byte[] data, int at, int to) throws MalformedParquetException {
    if (to - at < 4) {
      throw new MalformedParquetException("value length is cut off");
    }
    long len = le32(data, at) & 0xffffffffL;
    if (len > to - at - 4) {
      throw new MalformedParquetException("value of " + len + " bytes runs past its page");
    }
    return (int) len;
  }

  private static int bitWidth(int maxLevel) {
    return 32 - Integer.numberOfLeadingZeros(maxLevel);
  }

  private static int le32(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16
        | (b[at + 3] & 0xff) << 24;
  }

  private static String codecName(int codec) {
    return switch (codec) {
      case 3 -> "LZO";
      case 4 -> "BROTLI";
      case 5 -> "LZ4";
      case 6 -> "ZSTD";
      case 7 -> "LZ4_RAW";
      default -> Integer.toString(codec);
    };
  }
}
