package dev.aispm.scanners.data.noise;

import java.util.Locale;
import java.util.Set;

/**
 * Personal-data look-alikes that identify nobody: addresses at domains reserved for examples
 * (RFC 2606), card numbers that payment processors publish for testing, the IBANs printed in the
 * IBAN registry and bank documentation, SSNs the SSA never issues, and the 555-01xx numbers
 * reserved for fiction. Tutorials and synthetic data use exactly these.
 */
public final class PiiDecoys {
  private static final Set<String> TEST_CARDS = Set.of(
      "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556",
      "4222222222222", "5555555555554444", "5105105105105100", "5200828282828210",
      "2223003122003222", "378282246310005", "371449635398431", "378734493671000",
      "6011111111111117", "6011000990139424", "3056930009020004", "38520000023237",
      "36227206271667", "3566002020360505", "3530111333300000", "6200000000000005",
      "4000000000000002", "4000000000009995", "4000002500003155");

  private static final Set<String> EXAMPLE_IBANS = Set.of(
      "GB82WEST12345698765432", "GB29NWBK60161331926819", "DE89370400440532013000",
      "FR1420041010050500013M02606", "NL91ABNA0417164300", "ES9121000418450200051332",
      "IT60X0542811101000000123456", "BE68539007547034", "CH9300762011623852957",
      "AT611904300234573201", "PL61109010140000071219812874", "SE4550000000058398257466",
      "DK5000400440116243", "FI2112345600000785", "NO9386011117947", "IE29AIBK93115212345678",
      "PT50000201231234567890154", "LU280019400644750000");

  private static final Set<String> EXAMPLE_SSNS = Set.of(
      "078051120", "219099999", "123456789", "111111111", "333333333");

  private static final String[] EXAMPLE_DOMAINS = {
      "example.com", "example.org", "example.net", "example.edu", "test.com", "domain.com",
      "email.com", "yourcompany.com", "company.com", "acme.com", "foo.com", "bar.com",
      // Machine identities, not people.
      "gserviceaccount.com", "users.noreply.github.com", "developer.gserviceaccount.com"};

  private static final String[] RESERVED_TLDS = {".example", ".test", ".invalid", ".localhost", ".local"};

  private static final String[] NON_PERSONAL_LOCALS = {
      "git", "noreply", "no-reply", "donotreply", "do-not-reply", "mailer-daemon", "postmaster"};

  private PiiDecoys() {}

  /** A card number published by processors for testing. */
  public static boolean isTestCard(String digits) {
    return TEST_CARDS.contains(digits);
  }

  /** An IBAN printed as an example by the registry or banks. */
  public static boolean isExampleIban(String compactIban) {
    return EXAMPLE_IBANS.contains(compactIban);
  }

  /** An SSN used in advertising or documentation (the Woolworth wallet card, 123-45-6789). */
  public static boolean isExampleSsn(String digits) {
    return EXAMPLE_SSNS.contains(digits);
  }

  /** An address at a reserved or placeholder domain, or a role address that names no person. */
  public static boolean isExampleEmail(String local, String domain) {
    String d = domain.toLowerCase(Locale.ROOT);
    for (String e : EXAMPLE_DOMAINS) {
      if (d.equals(e) || d.endsWith("." + e)) {
        return true;
      }
    }
    for (String tld : RESERVED_TLDS) {
      if (d.endsWith(tld)) {
        return true;
      }
    }
    String l = local.toLowerCase(Locale.ROOT);
    for (String role : NON_PERSONAL_LOCALS) {
      if (l.equals(role)) {
        return true;
      }
    }
    return l.contains("example") || l.equals("user") || l.equals("name") || l.equals("email")
        || l.equals("you") || l.equals("someone") || l.equals("username");
  }

  /** A North American number in the 555-0100..555-0199 range reserved for fiction. */
  public static boolean isFictionalPhone(String digits) {
    String ten = digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
    return ten.length() == 10 && ten.startsWith("555", 3) && ten.startsWith("01", 6);
  }
}
