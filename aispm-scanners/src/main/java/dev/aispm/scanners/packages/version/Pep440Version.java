package dev.aispm.scanners.packages.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python package version as PEP 440 defines it, ordered the way pip orders it. Advisories for
 * PyPI packages give their ranges in this scheme ({@code 2.0.0rc0}, {@code 1.0.post1},
 * {@code 1!2.0}), and a plain string or numeric comparison gets exactly those cases wrong: a
 * release candidate would count as newer than its release and a fix in {@code 0.0.10} as older
 * than {@code 0.0.9}.
 *
 * <p>Parsing follows the PEP's normalisation: case-insensitive, an optional leading {@code v},
 * {@code alpha}/{@code beta}/{@code c}/{@code pre}/{@code preview} as {@code a}/{@code b}/{@code rc},
 * {@code rev}/{@code r} and a bare {@code -N} as post-releases, optional separators and implicit
 * numbers. Ordering: epoch, release (trailing zeros ignored), then a dev release of a release
 * before its pre-releases, pre-releases before the release, post-releases after it, and a local
 * label ({@code +cpu}) after the same public version.
 */
public final class Pep440Version implements Comparable<Pep440Version> {
  private static final Pattern FORM = Pattern.compile(
      "v?(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)"
          + "(?<pre>[-_.]?(?<prel>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pren>[0-9]+)?)?"
          + "(?<post>(?:-(?<postn1>[0-9]+))|(?:[-_.]?(?<postl>post|rev|r)[-_.]?(?<postn2>[0-9]+)?))?"
          + "(?<dev>[-_.]?dev[-_.]?(?<devn>[0-9]+)?)?"
          + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?");

  private final BigInteger epoch;
  private final List<BigInteger> release;
  /** 0 = a, 1 = b, 2 = rc; -1 = none. */
  private final int preKind;
  private final BigInteger preNumber;
  private final BigInteger post;
  private final BigInteger dev;
  private final List<String> local;
  private final String text;

  private Pep440Version(String text, BigInteger epoch, List<BigInteger> release, int preKind,
      BigInteger preNumber, BigInteger post, BigInteger dev, List<String> local) {
    this.text = text;
    this.epoch = epoch;
    this.release = release;
    this.preKind = preKind;
    this.preNumber = preNumber;
    this.post = post;
    this.dev = dev;
    this.local = local;
  }

  /**
   * Parses a version.
   *
   * @throws IllegalArgumentException when the text is not a PEP 440 version (a legacy version
   *     such as {@code 2004d} or {@code dev}, which pip itself no longer orders)
   */
  public static Pep440Version parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    Matcher m = FORM.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a PEP 440 version: '" + text + "'");
    }
    BigInteger epoch = m.group("epoch") == null ? BigInteger.ZERO : new BigInteger(m.group("epoch"));
    List<BigInteger> release = new ArrayList<>();
    for (String part : m.group("release").split("\\.")) {
      release.add(new BigInteger(part));
    }
    // Trailing zeros do not change the version: 1.0 == 1.0.0.
    while (release.size() > 1 && release.get(release.size() - 1).signum() == 0) {
      release.remove(release.size() - 1);
    }
    int preKind = -1;
    BigInteger preNumber = null;
    if (m.group("pre") != null) {
      preKind = switch (m.group("prel")) {
        case "a", "alpha" -> 0;
        case "b", "beta" -> 1;
        default -> 2;
      };
      preNumber = number(m.group("pren"));
    }
    BigInteger post = null;
    if (m.group("post") != null) {
      post = number(m.group("postn1") != null ? m.group("postn1") : m.group("postn2"));
    }
    BigInteger dev = m.group("dev") == null ? null : number(m.group("devn"));
    List<String> local = m.group("local") == null ? List.of()
        : List.of(m.group("local").split("[-_.]"));
    return new Pep440Version(text, epoch, List.copyOf(release), preKind, preNumber, post, dev,
        local);
  }

  private static BigInteger number(String digits) {
    return digits == null ? BigInteger.ZERO : new BigInteger(digits);
  }

  /** Whether this is a pre-release or dev release (pip skips those unless asked). */
  public boolean isPreRelease() {
    return preKind >= 0 || dev != null;
  }

  @Override
  public int compareTo(Pep440Version o) {
    int c = epoch.compareTo(o.epoch);
    if (c != 0) {
      return c;
    }
    for (int i = 0; i < Math.max(release.size(), o.release.size()); i++) {
      BigInteger a = i < release.size() ? release.get(i) : BigInteger.ZERO;
      BigInteger b = i < o.release.size() ? o.release.get(i) : BigInteger.ZERO;
      c = a.compareTo(b);
      if (c != 0) {
        return c;
      }
    }
    c = Integer.compare(preRank(), o.preRank());
    if (c != 0) {
      return c;
    }
    if (preKind >= 0) {
      c = Integer.compare(preKind, o.preKind);
      if (c == 0) {
        c = preNumber.compareTo(o.preNumber);
      }
      if (c != 0) {
        return c;
      }
    }
    // No post-release sorts before any post-release.
    c = compareMissingFirst(post, o.post);
    if (c != 0) {
      return c;
    }
    // A dev release sorts before the same version without one.
    c = compareMissingLast(dev, o.dev);
    if (c != 0) {
      return c;
    }
    return compareLocal(local, o.local);
  }

  /**
   * Where the pre-release part puts this version: 0 for {@code 1.0.dev1} (a dev release of the
   * release itself, before its alphas), 1 for a pre-release, 2 for none.
   */
  private int preRank() {
    if (preKind >= 0) {
      return 1;
    }
    return dev != null && post == null ? 0 : 2;
  }

  private static int compareMissingFirst(BigInteger a, BigInteger b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return a.compareTo(b);
  }

  private static int compareMissingLast(BigInteger a, BigInteger b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    return a.compareTo(b);
  }

  /** Local labels: numeric parts above alphanumeric ones, a longer label above its prefix. */
  private static int compareLocal(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      String x = a.get(i);
      String y = b.get(i);
      boolean xn = x.chars().allMatch(Character::isDigit);
      boolean yn = y.chars().allMatch(Character::isDigit);
      int c;
      if (xn && yn) {
        c = new BigInteger(x).compareTo(new BigInteger(y));
      } else if (xn != yn) {
        c = xn ? 1 : -1;
      } else {
        c = x.compareTo(y);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pep440Version v && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    return epoch.hashCode() * 31 + release.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
