package dev.aispm.scanners.data.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * Seeded generator of credential-shaped strings for the test corpus. Tokens are built from each
 * vendor's documented structure (prefix, alphabet, length, checksum), never copied from real keys.
 */
public final class Gen {
  public static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  public static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  public static final String DIGITS = "0123456789";
  public static final String ALNUM = UPPER + LOWER + DIGITS;
  public static final String HEX = "0123456789abcdef";
  public static final String B64 = ALNUM + "+/";
  public static final String URLSAFE = ALNUM + "_-";
  public static final String BASE32 = UPPER + "234567";

  private final Random random;

  public Gen(long seed) {
    this.random = new Random(seed);
  }

  /** {@code n} characters drawn uniformly from {@code alphabet}. */
  public String chars(String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  public String alnum(int n) {
    return chars(ALNUM, n);
  }

  public String hex(int n) {
    return chars(HEX, n);
  }

  public String digits(int n) {
    return chars(DIGITS, n);
  }

  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /**
   * A GitHub/npm style token: prefix, 30 random base62 characters, and the CRC32 of those in
   * base62 (0-9, A-Z, a-z), left-padded to six characters. Computed here independently of the
   * production code.
   */
  public String crcToken(String prefix) {
    String entropy = alnum(30);
    return prefix + entropy + crc62(entropy);
  }

  /** The same token with its checksum broken. */
  public String badCrcToken(String prefix) {
    String good = crcToken(prefix);
    char last = good.charAt(good.length() - 1);
    return good.substring(0, good.length() - 1) + (last == 'a' ? 'b' : 'a');
  }

  public static String crc62(String entropy) {
    String dict = DIGITS + UPPER + LOWER;
    CRC32 crc = new CRC32();
    crc.update(entropy.getBytes(StandardCharsets.US_ASCII));
    long v = crc.getValue();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      sb.insert(0, dict.charAt((int) (v % 62)));
      v /= 62;
    }
    return sb.toString();
  }

  /** A JWT with an HS256 header, a small payload and a random signature. */
  public String jwt() {
    Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
    String header = enc.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = enc.encodeToString(("{\"sub\":\"" + digits(8) + "\",\"role\":\"admin\",\"iat\":"
        + (1700000000 + nextInt(1000000)) + "}").getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + "." + chars(URLSAFE, 43);
  }

  /** A PEM private key body of random base64, wrapped at 64 columns with {@code newline}. */
  public String pem(String type, String newline) {
    StringBuilder sb = new StringBuilder("-----BEGIN " + type + "-----" + newline);
    String body = "MIIE" + chars(B64, 600);
    for (int i = 0; i < body.length(); i += 64) {
      sb.append(body, i, Math.min(body.length(), i + 64)).append(newline);
    }
    return sb.append("-----END ").append(type).append("-----").toString();
  }

  /** A Luhn-valid card number with the given prefix and length. */
  public String card(String prefix, int length) {
    StringBuilder sb = new StringBuilder(prefix);
    while (sb.length() < length - 1) {
      sb.append(random.nextInt(10));
    }
    for (int check = 0; check < 10; check++) {
      String candidate = sb.toString() + check;
      if (luhn(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException();
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean dbl = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  /** A valid IBAN for a country with a numeric BBAN of the right length. */
  public String iban(String country, int length) {
    String bban = digits(length - 4);
    String rearranged = bban + (country.charAt(0) - 'A' + 10) + (country.charAt(1) - 'A' + 10) + "00";
    int mod = new java.math.BigInteger(rearranged).mod(java.math.BigInteger.valueOf(97)).intValue();
    int check = 98 - mod;
    return country + (check < 10 ? "0" + check : Integer.toString(check)) + bban;
  }
}
