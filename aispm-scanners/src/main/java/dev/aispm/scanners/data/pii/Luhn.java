package dev.aispm.scanners.data.pii;

/** The Luhn (mod 10) check digit that every payment card number carries. */
public final class Luhn {
  private Luhn() {}

  /** Whether the digit string passes the Luhn check. */
  public static boolean valid(CharSequence digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return digits.length() > 0 && sum % 10 == 0;
  }
}
