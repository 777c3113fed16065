package dev.aispm.scanners.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip archives field by field (PKWARE APPNOTE layout: local header, data, central
 * directory, end record), so tests can craft what java.util.zip refuses to write: flag bits that
 * lie, wrong CRCs, local names that differ from the central directory, entries missing from the
 * directory, and data prepended to the archive.
 */
public final class ZipBuilder {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final List<byte[]> central = new ArrayList<>();
  private int centralCount;

  /** One entry's fields; defaults give a well-formed stored entry. */
  public static final class EntrySpec {
    String name;
    String centralName;
    byte[] data;
    boolean deflate;
    int flags;
    Long crcOverride;
    boolean inCentral = true;
    Integer localMethodOverride;

    EntrySpec(String name, byte[] data) {
      this.name = name;
      this.centralName = name;
      this.data = data;
    }

    public EntrySpec deflate() {
      deflate = true;
      return this;
    }

    public EntrySpec flags(int f) {
      flags = f;
      return this;
    }

    public EntrySpec crc(long c) {
      crcOverride = c;
      return this;
    }

    public EntrySpec centralName(String n) {
      centralName = n;
      return this;
    }

    public EntrySpec notInCentral() {
      inCentral = false;
      return this;
    }

    public EntrySpec localMethod(int m) {
      localMethodOverride = m;
      return this;
    }
  }

  public static EntrySpec entry(String name, byte[] data) {
    return new EntrySpec(name, data);
  }

  public ZipBuilder prefix(byte[] bytes) {
    out.writeBytes(bytes);
    return this;
  }

  public ZipBuilder add(String name, byte[] data) {
    return add(entry(name, data));
  }

  public ZipBuilder add(EntrySpec e) {
    byte[] stored = e.deflate ? deflate(e.data) : e.data;
    int method = e.deflate ? 8 : 0;
    CRC32 crc32 = new CRC32();
    crc32.update(e.data);
    long crc = e.crcOverride != null ? e.crcOverride : crc32.getValue();
    int offset = out.size();
    byte[] localName = e.name.getBytes(StandardCharsets.UTF_8);
    le(out, 0x04034b50, 4);
    le(out, 20, 2);
    le(out, e.flags, 2);
    le(out, e.localMethodOverride != null ? e.localMethodOverride : method, 2);
    le(out, 0, 4);
    le(out, crc, 4);
    le(out, stored.length, 4);
    le(out, e.data.length, 4);
    le(out, localName.length, 2);
    le(out, 0, 2);
    out.writeBytes(localName);
    out.writeBytes(stored);
    if (e.inCentral) {
      ByteArrayOutputStream c = new ByteArrayOutputStream();
      byte[] cname = e.centralName.getBytes(StandardCharsets.UTF_8);
      le(c, 0x02014b50, 4);
      le(c, 20, 2);
      le(c, 20, 2);
      le(c, e.flags, 2);
      le(c, method, 2);
      le(c, 0, 4);
      le(c, crc, 4);
      le(c, stored.length, 4);
      le(c, e.data.length, 4);
      le(c, cname.length, 2);
      le(c, 0, 2);
      le(c, 0, 2);
      le(c, 0, 2);
      le(c, 0, 2);
      le(c, 0, 4);
      le(c, offset, 4);
      c.writeBytes(cname);
      central.add(c.toByteArray());
      centralCount++;
    }
    return this;
  }

  /** The archive with its central directory and end record. */
  public byte[] toBytes() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(out.toByteArray());
    int cdOffset = all.size();
    int cdSize = 0;
    for (byte[] c : central) {
      all.writeBytes(c);
      cdSize += c.length;
    }
    le(all, 0x06054b50, 4);
    le(all, 0, 2);
    le(all, 0, 2);
    le(all, centralCount, 2);
    le(all, centralCount, 2);
    le(all, cdSize, 4);
    le(all, cdOffset, 4);
    le(all, 0, 2);
    return all.toByteArray();
  }

  /** Local headers and data only: no central directory, no end record. */
  public byte[] localOnlyBytes() {
    return out.toByteArray();
  }

  public static byte[] deflate(byte[] data) {
    Deflater d = new Deflater(9, true);
    d.setInput(data);
    d.finish();
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    while (!d.finished()) {
      o.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return o.toByteArray();
  }

  private static void le(ByteArrayOutputStream o, long v, int width) {
    for (int i = 0; i < width; i++) {
      o.write((int) (v >>> (8 * i)) & 0xff);
    }
  }
}
