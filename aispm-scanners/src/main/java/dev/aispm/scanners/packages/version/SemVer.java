package dev.aispm.scanners.packages.version;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Semantic Versioning 2.0.0 version, the scheme of npm packages and of OSV {@code SEMVER}
 * ranges. Precedence per the specification: major, minor, patch numerically; a pre-release
 * ({@code 1.0.0-rc.1}) before its release; pre-release identifiers compared one by one, numeric
 * ones numerically and below alphanumeric ones, more identifiers above fewer; build metadata
 * ({@code +sha.5114f85}) ignored.
 *
 * <p>Parsing is as lenient as npm's own loose mode where that is unambiguous: a leading {@code v}
 * or {@code =} and missing minor or patch numbers ({@code 1.2} as {@code 1.2.0}), since
 * lock files and advisories both carry such forms.
 */
public final class SemVer implements Comparable<SemVer> {
  private static final Pattern FORM = Pattern.compile(
      "[v=]?\\s*(0|[1-9][0-9]*)(?:\\.(0|[1-9][0-9]*))?(?:\\.(0|[1-9][0-9]*))?"
          + "(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");

  private final BigInteger major;
  private final BigInteger minor;
  private final BigInteger patch;
  private final List<String> pre;
  private final String text;

  private SemVer(String text, BigInteger major, BigInteger minor, BigInteger patch,
      List<String> pre) {
    this.text = text;
    this.major = major;
    this.minor = minor;
    this.patch = patch;
    this.pre = pre;
  }

  /**
   * Parses a version.
   *
   * @throws IllegalArgumentException when the text is not a version
   */
  public static SemVer parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a semantic version: '" + text + "'");
    }
    List<String> pre = m.group(4) == null ? List.of() : List.of(m.group(4).split("\\."));
    return new SemVer(text, new BigInteger(m.group(1)), number(m.group(2)), number(m.group(3)),
        pre);
  }

  private static BigInteger number(String digits) {
    return digits == null ? BigInteger.ZERO : new BigInteger(digits);
  }

  /** Whether this version carries a pre-release label. */
  public boolean isPreRelease() {
    return !pre.isEmpty();
  }

  @Override
  public int compareTo(SemVer o) {
    int c = major.compareTo(o.major);
    if (c == 0) {
      c = minor.compareTo(o.minor);
    }
    if (c == 0) {
      c = patch.compareTo(o.patch);
    }
    if (c != 0) {
      return c;
    }
    if (pre.isEmpty() || o.pre.isEmpty()) {
      return pre.isEmpty() ? (o.pre.isEmpty() ? 0 : 1) : -1;
    }
    for (int i = 0; i < Math.min(pre.size(), o.pre.size()); i++) {
      c = compareIdentifier(pre.get(i), o.pre.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(pre.size(), o.pre.size());
  }

  private static int compareIdentifier(String a, String b) {
    boolean an = a.chars().allMatch(Character::isDigit);
    boolean bn = b.chars().allMatch(Character::isDigit);
    if (an && bn) {
      return new BigInteger(a).compareTo(new BigInteger(b));
    }
    if (an != bn) {
      return an ? -1 : 1;
    }
    return a.compareTo(b);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SemVer v && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    return major.hashCode() * 31 * 31 + minor.hashCode() * 31 + patch.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
