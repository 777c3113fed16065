package dev.aispm.scanners.data.parquet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Builds small Parquet files byte by byte, following the format specification (parquet-format's
 * Thrift definitions and encodings): "PAR1", column chunks of pages, the FileMetaData footer in
 * the Thrift compact protocol, its length as a little-endian int, "PAR1". Columns are byte-array
 * strings (UTF8), optionally nullable or repeated; values are PLAIN or dictionary encoded (an
 * RLE/bit-packed hybrid of indices), pages are v1 or v2, and codecs are none, gzip or snappy
 * (compressed by the small greedy encoder below). Tests corrupt the result to check the reader.
 */
public final class ParquetBuilder {
  public static final int REQUIRED = 0;
  public static final int OPTIONAL = 1;
  static final int REPEATED = 2;
  static final int UNCOMPRESSED = 0;
  public static final int SNAPPY = 1;
  public static final int GZIP = 2;

  /** A string column; each row is a String, null, or (for repeated columns) a List of String. */
  record Column(String name, int repetition, List<Object> rows) {
  }

  private final List<Column> columns = new ArrayList<>();
  private int codec = UNCOMPRESSED;
  private boolean dictionary;
  private int pageVersion = 1;
  private int rowsPerPage = Integer.MAX_VALUE;
  /** Where the last build put each column chunk's first page, for tests that corrupt one. */
  final Map<String, Long> chunkOffsets = new LinkedHashMap<>();
  int footerStart;

  public ParquetBuilder column(String name, int repetition, List<Object> rows) {
    columns.add(new Column(name, repetition, rows));
    return this;
  }

  public ParquetBuilder codec(int codec) {
    this.codec = codec;
    return this;
  }

  public ParquetBuilder dictionary() {
    this.dictionary = true;
    return this;
  }

  public ParquetBuilder pageV2() {
    this.pageVersion = 2;
    return this;
  }

  ParquetBuilder rowsPerPage(int n) {
    this.rowsPerPage = n;
    return this;
  }

  public byte[] build() {
    int rowCount = columns.isEmpty() ? 0 : columns.get(0).rows().size();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes("PAR1".getBytes(StandardCharsets.US_ASCII));
    List<long[]> chunkInfo = new ArrayList<>();
    for (Column c : columns) {
      long start = file.size();
      chunkOffsets.put(c.name(), start);
      long dictOffset = -1;
      Map<String, Integer> dict = new LinkedHashMap<>();
      if (dictionary) {
        for (Object row : c.rows()) {
          for (String v : values(row)) {
            dict.putIfAbsent(v, dict.size());
          }
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        dict.keySet().forEach(v -> plain(plain, v));
        dictOffset = file.size();
        writePage(file, 2, plain.toByteArray(), dict.size(), 0, 0, 0);
      }
      long dataOffset = file.size();
      long valueCount = 0;
      for (int from = 0; from < c.rows().size(); from += rowsPerPage) {
        List<Object> rows = c.rows().subList(from, Math.min(c.rows().size(), from + rowsPerPage));
        valueCount += dataPage(file, c, rows, dict);
      }
      long end = file.size();
      chunkInfo.add(new long[] {dataOffset, dictOffset, end - start, valueCount});
    }
    footerStart = file.size();
    byte[] footer = footer(rowCount, chunkInfo);
    file.writeBytes(footer);
    int n = footer.length;
    file.write(n);
    file.write(n >>> 8);
    file.write(n >>> 16);
    file.write(n >>> 24);
    file.writeBytes("PAR1".getBytes(StandardCharsets.US_ASCII));
    return file.toByteArray();
  }

  private static List<String> values(Object row) {
    if (row == null) {
      return List.of();
    }
    if (row instanceof List<?> l) {
      return l.stream().map(String.class::cast).toList();
    }
    return List.of((String) row);
  }

  private int maxDef(Column c) {
    return c.repetition() == REQUIRED ? 0 : 1;
  }

  private int maxRep(Column c) {
    return c.repetition() == REPEATED ? 1 : 0;
  }

  /** Writes one data page for {@code rows}; returns how many level entries it holds. */
  private int dataPage(ByteArrayOutputStream file, Column c, List<Object> rows,
      Map<String, Integer> dict) {
    List<Integer> reps = new ArrayList<>();
    List<Integer> defs = new ArrayList<>();
    List<String> present = new ArrayList<>();
    for (Object row : rows) {
      List<String> vs = values(row);
      if (vs.isEmpty()) {
        reps.add(0);
        defs.add(0);
        continue;
      }
      for (int i = 0; i < vs.size(); i++) {
        reps.add(i == 0 ? 0 : 1);
        defs.add(maxDef(c));
        present.add(vs.get(i));
      }
    }
    ByteArrayOutputStream values = new ByteArrayOutputStream();
    if (dictionary) {
      values.write(bitWidth(Math.max(0, dict.size() - 1)));
      values.writeBytes(hybrid(present.stream().map(dict::get).toList(),
          bitWidth(Math.max(0, dict.size() - 1))));
    } else {
      present.forEach(v -> plain(values, v));
    }
    byte[] repBytes = maxRep(c) > 0 ? hybrid(reps, 1) : new byte[0];
    byte[] defBytes = maxDef(c) > 0 ? hybrid(defs, 1) : new byte[0];
    int encoding = dictionary ? 8 : 0;
    if (pageVersion == 1) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      if (maxRep(c) > 0) {
        le32(body, repBytes.length);
        body.writeBytes(repBytes);
      }
      if (maxDef(c) > 0) {
        le32(body, defBytes.length);
        body.writeBytes(defBytes);
      }
      body.writeBytes(values.toByteArray());
      writePage(file, 0, body.toByteArray(), reps.size(), encoding, 0, 0);
    } else {
      byte[] compressedValues = compress(values.toByteArray());
      ThriftWriter h = new ThriftWriter();
      h.i32(1, 3);
      h.i32(2, repBytes.length + defBytes.length + values.size());
      h.i32(3, repBytes.length + defBytes.length + compressedValues.length);
      h.beginStruct(8);
      h.i32(1, reps.size());
      h.i32(2, reps.size() - present.size());
      h.i32(3, rows.size());
      h.i32(4, encoding);
      h.i32(5, defBytes.length);
      h.i32(6, repBytes.length);
      h.endStruct();
      h.stop();
      file.writeBytes(h.toBytes());
      file.writeBytes(repBytes);
      file.writeBytes(defBytes);
      file.writeBytes(compressedValues);
    }
    return reps.size();
  }

  /** Page header (type 0 data v1 or 2 dictionary) followed by the compressed body. */
  private void writePage(ByteArrayOutputStream file, int type, byte[] body, int count,
      int encoding, int unused1, int unused2) {
    byte[] compressed = compress(body);
    ThriftWriter h = new ThriftWriter();
    h.i32(1, type);
    h.i32(2, body.length);
    h.i32(3, compressed.length);
    if (type == 0) {
      h.beginStruct(5);
      h.i32(1, count);
      h.i32(2, encoding);
      h.i32(3, 3);
      h.i32(4, 3);
      h.endStruct();
    } else {
      h.beginStruct(7);
      h.i32(1, count);
      h.i32(2, 0);
      h.endStruct();
    }
    h.stop();
    file.writeBytes(h.toBytes());
    file.writeBytes(compressed);
  }

  private byte[] compress(byte[] body) {
    return switch (codec) {
      case SNAPPY -> snappy(body);
      case GZIP -> gzip(body);
      default -> body;
    };
  }

  private byte[] footer(int rowCount, List<long[]> chunks) {
    ThriftWriter w = new ThriftWriter();
    w.i32(1, 1);
    w.beginList(2, 12, columns.size() + 1);
    w.beginListStruct();
    w.string(4, "schema");
    w.i32(5, columns.size());
    w.endStruct();
    for (Column c : columns) {
      w.beginListStruct();
      w.i32(1, 6);
      w.i32(3, c.repetition());
      w.string(4, c.name());
      w.i32(6, 0);
      w.endStruct();
    }
    w.i64(3, rowCount);
    w.beginList(4, 12, 1);
    w.beginListStruct();
    w.beginList(1, 12, columns.size());
    for (int i = 0; i < columns.size(); i++) {
      long[] info = chunks.get(i);
      w.beginListStruct();
      w.i64(2, info[0]);
      w.beginStruct(3);
      w.i32(1, 6);
      w.beginList(2, 5, 1);
      w.listI32(dictionary ? 8 : 0);
      w.beginList(3, 8, 1);
      w.listString(columns.get(i).name());
      w.i32(4, codec);
      w.i64(5, info[3]);
      w.i64(6, info[2]);
      w.i64(7, info[2]);
      w.i64(9, info[0]);
      if (info[1] >= 0) {
        w.i64(11, info[1]);
      }
      w.endStruct();
      w.endStruct();
    }
    w.i64(2, 0);
    w.i64(3, rowCount);
    w.endStruct();
    w.stop();
    return w.toBytes();
  }

  static void plain(ByteArrayOutputStream out, String v) {
    byte[] b = v.getBytes(StandardCharsets.UTF_8);
    le32(out, b.length);
    out.writeBytes(b);
  }

  static void le32(ByteArrayOutputStream out, int v) {
    out.write(v);
    out.write(v >>> 8);
    out.write(v >>> 16);
    out.write(v >>> 24);
  }

  static int bitWidth(int max) {
    return 32 - Integer.numberOfLeadingZeros(max);
  }

  /**
   * RLE/bit-packed hybrid, eight values at a time: a block of eight equal values becomes a
   * repeated run, any other block one bit-packed group, so both kinds of run are exercised.
   */
  static byte[] hybrid(List<Integer> values, int width) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int from = 0; from < values.size(); from += 8) {
      List<Integer> block = values.subList(from, Math.min(values.size(), from + 8));
      boolean same = block.stream().allMatch(v -> v.equals(block.get(0)));
      if (same) {
        varint(out, (long) block.size() << 1);
        int v = block.get(0);
        for (int i = 0; i < (width + 7) / 8; i++) {
          out.write(v >>> (8 * i));
        }
      } else {
        varint(out, (1L << 1) | 1);
        long bits = 0;
        int nbits = 0;
        for (int i = 0; i < 8; i++) {
          long v = i < block.size() ? block.get(i) : 0;
          bits |= v << nbits;
          nbits += width;
          while (nbits >= 8) {
            out.write((int) (bits & 0xff));
            bits >>>= 8;
            nbits -= 8;
          }
        }
        if (nbits > 0) {
          out.write((int) bits);
        }
      }
    }
    return out.toByteArray();
  }

  static void varint(ByteArrayOutputStream out, long v) {
    while ((v & ~0x7fL) != 0) {
      out.write((int) ((v & 0x7f) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A greedy Snappy block encoder: at each position the longest earlier match of at least four
   * bytes (searched naively, which is fine for test sizes) becomes a two-byte-offset copy,
   * anything else a literal. Matches may overlap the bytes they produce, as runs do in Snappy.
   */
  static byte[] snappy(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    varint(out, in.length);
    int literalStart = 0;
    int i = 0;
    while (i < in.length) {
      int bestLen = 0;
      int bestOff = 0;
      for (int j = Math.max(0, i - 65535); j < i; j++) {
        int len = 0;
        while (i + len < in.length && len < 64 && in[j + len] == in[i + len]) {
          len++;
        }
        if (len > bestLen) {
          bestLen = len;
          bestOff = i - j;
        }
      }
      if (bestLen >= 4) {
        literal(out, in, literalStart, i);
        out.write(((bestLen - 1) << 2) | 2);
        out.write(bestOff);
        out.write(bestOff >>> 8);
        i += bestLen;
        literalStart = i;
      } else {
        i++;
      }
    }
    literal(out, in, literalStart, in.length);
    return out.toByteArray();
  }

  private static void literal(ByteArrayOutputStream out, byte[] in, int from, int to) {
    while (from < to) {
      int len = Math.min(to - from, 1 << 16);
      if (len <= 60) {
        out.write((len - 1) << 2);
      } else if (len <= 256) {
        out.write(60 << 2);
        out.write(len - 1);
      } else {
        out.write(61 << 2);
        out.write(len - 1);
        out.write((len - 1) >>> 8);
      }
      out.write(in, from, len);
      from += len;
    }
  }

  /** A Thrift compact-protocol writer for the structs above. */
  static final class ThriftWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ArrayList<Integer> lastIds = new ArrayList<>(List.of(0));

    private void field(int id, int type) {
      int last = lastIds.get(lastIds.size() - 1);
      int delta = id - last;
      if (delta > 0 && delta <= 15) {
        out.write((delta << 4) | type);
      } else {
        out.write(type);
        varint(out, (id << 1) ^ (id >> 31));
      }
      lastIds.set(lastIds.size() - 1, id);
    }

    void i32(int id, int v) {
      field(id, 5);
      varint(out, ((long) v << 1) ^ (v >> 31));
    }

    void i64(int id, long v) {
      field(id, 6);
      varint(out, (v << 1) ^ (v >> 63));
    }

    void string(int id, String s) {
      field(id, 8);
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varint(out, b.length);
      out.writeBytes(b);
    }

    void beginStruct(int id) {
      field(id, 12);
      lastIds.add(0);
    }

    void beginListStruct() {
      lastIds.add(0);
    }

    void endStruct() {
      out.write(0);
      lastIds.remove(lastIds.size() - 1);
    }

    void beginList(int id, int elemType, int size) {
      field(id, 9);
      if (size < 15) {
        out.write((size << 4) | elemType);
      } else {
        out.write(0xf0 | elemType);
        varint(out, size);
      }
    }

    void listI32(int v) {
      varint(out, ((long) v << 1) ^ (v >> 31));
    }

    void listString(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varint(out, b.length);
      out.writeBytes(b);
    }

    void stop() {
      out.write(0);
    }

    byte[] toBytes() {
      return out.toByteArray();
    }
  }
}
