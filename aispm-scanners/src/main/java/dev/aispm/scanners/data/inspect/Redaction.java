package dev.aispm.scanners.data.inspect;

import java.nio.charset.StandardCharsets;

/**
 * The only two things kept of a secret: a SHA-256 fingerprint, so the same leaked key can be
 * recognised across objects and scans without storing it, and a preview of its first four
 * characters, so a responder can tell which key it is ({@code AKIA****}, {@code ghp_****}).
 */
public final class Redaction {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final int PREVIEW_CHARS = 4;

  private Redaction() {}

  /** Lower-case hex SHA-256 of the value's UTF-8 bytes. */
  public static String fingerprint(CharSequence value) {
    byte[] digest = Sha256.digest(value.toString().getBytes(StandardCharsets.UTF_8));
    char[] out = new char[digest.length * 2];
    for (int i = 0; i < digest.length; i++) {
      out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(out);
  }

  /** The first four characters followed by {@code ****}; shorter values show nothing. */
  public static String preview(CharSequence value) {
    if (value.length() <= PREVIEW_CHARS * 2) {
      return value.length() == 0 ? "****" : value.subSequence(0, 1) + "****";
    }
    return value.subSequence(0, PREVIEW_CHARS) + "****";
  }
}
