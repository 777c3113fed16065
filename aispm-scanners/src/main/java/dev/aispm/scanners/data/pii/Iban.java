package dev.aispm.scanners.data.pii;

import java.util.Map;

/**
 * IBAN validation per ISO 13616: the country's fixed length and the ISO 7064 mod-97-10 check.
 * The length table covers the SEPA countries and the other common issuers; an unknown country
 * code is not an IBAN here, which trades a little recall for far fewer false positives.
 */
public final class Iban {
  private static final Map<String, Integer> LENGTHS = Map.ofEntries(
      Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20),
      Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22),
      Map.entry("BH", 22), Map.entry("BR", 29), Map.entry("CH", 21), Map.entry("CR", 22),
      Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18),
      Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24),
      Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
      Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27),
      Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23),
      Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30),
      Map.entry("KZ", 20), Map.entry("LB", 28), Map.entry("LI", 21), Map.entry("LT", 20),
      Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24),
      Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MT", 31), Map.entry("MU", 30),
      Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PK", 24), Map.entry("PL", 28),
      Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29), Map.entry("RO", 24),
      Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SE", 24), Map.entry("SI", 19),
      Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("TN", 24), Map.entry("TR", 26),
      Map.entry("UA", 29), Map.entry("VG", 24), Map.entry("XK", 20));

  private Iban() {}

  /** The IBAN length for a country code, or 0 if the country does not issue IBANs here. */
  public static int lengthFor(String country) {
    return LENGTHS.getOrDefault(country, 0);
  }

  /** Whether a compact (spaceless, upper-case) IBAN has its country's length and checks mod 97. */
  public static boolean valid(String iban) {
    if (iban.length() < 15 || lengthFor(iban.substring(0, 2)) != iban.length()) {
      return false;
    }
    int remainder = 0;
    for (int i = 0; i < iban.length(); i++) {
      char c = iban.charAt((i + 4) % iban.length());
      if (c >= '0' && c <= '9') {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return remainder == 1;
  }
}
