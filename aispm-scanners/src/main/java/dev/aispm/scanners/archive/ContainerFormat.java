package dev.aispm.scanners.archive;

/**
 * Container formats the file scanner unwraps, or knows it cannot. Identified from the first bytes
 * only, so a renamed archive is still opened.
 */
public enum ContainerFormat {
  ZIP, TAR, GZIP, BZIP2, XZ, ZSTD,
  /** Recognised but not unwrapped (no decoder on the classpath): reported, not silently skipped. */
  SEVEN_ZIP,
  /** Not a container: a leaf offered to the content scanners. */
  NONE;

  private static final int TAR_BLOCK = 512;

  /** Identifies the container format of content starting with {@code head}. */
  public static ContainerFormat sniff(byte[] head) {
    if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)
        || startsWith(head, 'P', 'K', 7, 8) && head.length >= 8 && head[4] == 'P' && head[5] == 'K') {
      return ZIP;
    }
    if (startsWith(head, 0x1f, 0x8b)) {
      return GZIP;
    }
    if (startsWith(head, 'B', 'Z', 'h') && head.length >= 10 && head[3] >= '1' && head[3] <= '9'
        && (startsAt(head, 4, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59)
            || startsAt(head, 4, 0x17, 0x72, 0x45, 0x38, 0x50, 0x90))) {
      return BZIP2;
    }
    if (startsWith(head, 0xfd, '7', 'z', 'X', 'Z', 0)) {
      return XZ;
    }
    if (startsWith(head, 0x28, 0xb5, 0x2f, 0xfd)) {
      return ZSTD;
    }
    if (startsWith(head, '7', 'z', 0xbc, 0xaf, 0x27, 0x1c)) {
      return SEVEN_ZIP;
    }
    if (isTarHeader(head)) {
      return TAR;
    }
    return NONE;
  }

  /**
   * A tar header block has a valid checksum; the "ustar" magic is optional (v7 archives lack it),
   * so the checksum and a non-empty name are what decide.
   */
  static boolean isTarHeader(byte[] head) {
    if (head.length < TAR_BLOCK || head[0] == 0) {
      return false;
    }
    long stored = 0;
    boolean digits = false;
    for (int i = 148; i < 156; i++) {
      int c = head[i] & 0xff;
      if (c >= '0' && c <= '7') {
        stored = stored * 8 + (c - '0');
        digits = true;
      } else if (c != ' ' && c != 0) {
        return false;
      } else if (digits) {
        break;
      }
    }
    if (!digits) {
      return false;
    }
    long sum = 0;
    for (int i = 0; i < TAR_BLOCK; i++) {
      sum += (i >= 148 && i < 156) ? ' ' : (head[i] & 0xff);
    }
    return sum == stored;
  }

  private static boolean startsWith(byte[] head, int... magic) {
    return startsAt(head, 0, magic);
  }

  private static boolean startsAt(byte[] head, int offset, int... magic) {
    if (head.length < offset + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[offset + i] & 0xff) != (magic[i] & 0xff)) {
        return false;
      }
    }
    return true;
  }
}
