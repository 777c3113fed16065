package dev.aispm.scanners.data.secrets;

/**
 * Shannon entropy of a string in bits per character. Generated credentials are close to uniform
 * over their alphabet; words, identifiers and placeholders are not, and this is the cheapest
 * signal that separates them.
 */
public final class Entropy {
  private Entropy() {}

  /** Bits per character of {@code s[from, to)}, counting ASCII only (others share one bucket). */
  public static double bitsPerChar(CharSequence s, int from, int to) {
    int n = to - from;
    if (n <= 0) {
      return 0;
    }
    int[] counts = new int[129];
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      counts[c < 128 ? c : 128]++;
    }
    double bits = 0;
    for (int count : counts) {
      if (count > 0) {
        double p = (double) count / n;
        bits -= p * (Math.log(p) / Math.log(2));
      }
    }
    return bits;
  }

  /** Bits per character of the whole string. */
  public static double bitsPerChar(CharSequence s) {
    return bitsPerChar(s, 0, s.length());
  }

  /** How many of lower case, upper case, digits and other characters occur. */
  public static int characterClasses(CharSequence s, int from, int to) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean other = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else {
        other = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }
}
