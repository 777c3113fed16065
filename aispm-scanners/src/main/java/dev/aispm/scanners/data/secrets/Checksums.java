package dev.aispm.scanners.data.secrets;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Checksums that credential formats embed. A token whose checksum does not verify is a random
 * string of the right shape, not a credential, so verifying keeps the false-positive rate of the
 * prefixed formats close to zero.
 */
public final class Checksums {
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private Checksums() {}

  /**
   * GitHub's (and npm's) token checksum: the last six characters are the CRC32 of the random part
   * (between the prefix and the checksum), in base62, left-padded with zeros.
   *
   * @param token     the full token
   * @param prefixLen length of the prefix such as {@code ghp_}
   */
  public static boolean base62Crc32(String token, int prefixLen) {
    if (token.length() < prefixLen + 7) {
      return false;
    }
    String entropy = token.substring(prefixLen, token.length() - 6);
    String check = token.substring(token.length() - 6);
    return base62Crc32Of(entropy).equals(check);
  }

  /** The six-character base62 CRC32 of {@code entropy}, as GitHub appends it. */
  public static String base62Crc32Of(String entropy) {
    CRC32 crc = new CRC32();
    crc.update(entropy.getBytes(StandardCharsets.US_ASCII));
    long value = crc.getValue();
    char[] out = new char[6];
    for (int i = 5; i >= 0; i--) {
      out[i] = BASE62.charAt((int) (value % 62));
      value /= 62;
    }
    return new String(out);
  }
}
