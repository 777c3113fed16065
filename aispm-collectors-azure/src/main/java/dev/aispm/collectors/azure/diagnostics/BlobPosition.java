package dev.aispm.collectors.azure.diagnostics;

/**
 * How far an archive has been read: the last hourly blob read and the bytes of it already read.
 * Azure Monitor writes each hour to an append blob that grows during the hour (and a little after,
 * for late records), so a blob's name alone cannot say what is new: the next scan reads from
 * {@code offset} of that blob, then the blobs after it.
 *
 * <p>Stored as the checkpoint's {@code position}, {@code NAME@OFFSET}; Azure Monitor's blob
 * names ({@code resourceId=/.../PT1H.json}) never contain {@code @}.
 */
public record BlobPosition(String blob, long offset) {
  public BlobPosition {
    if (blob == null || blob.isEmpty() || offset < 0) {
      throw new IllegalArgumentException("a blob position needs a blob name and an offset >= 0");
    }
  }

  /** The stored form. */
  public String format() {
    return blob + "@" + offset;
  }

  /** A stored position, or null for a source never read or a position this reader did not write. */
  public static BlobPosition parse(String stored) {
    if (stored == null) {
      return null;
    }
    int at = stored.lastIndexOf('@');
    if (at <= 0 || at == stored.length() - 1) {
      return null;
    }
    try {
      return new BlobPosition(stored.substring(0, at), Long.parseLong(stored.substring(at + 1)));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
