package dev.aispm.scanners.data.secrets;

import java.util.regex.Pattern;

/**
 * A regular expression compiled when a scan first needs it. The catalogue holds about a hundred
 * expressions and a typical file sets off a handful of them, so compiling all of them up front
 * was most of a short scan's start-up. Safe to share between threads: two threads may both
 * compile it once, and either result is the same immutable pattern.
 */
final class LazyPattern {
  private final String regex;
  private volatile Pattern pattern;

  LazyPattern(String regex) {
    this.regex = regex;
  }

  Pattern get() {
    Pattern p = pattern;
    if (p == null) {
      p = Pattern.compile(regex);
      pattern = p;
    }
    return p;
  }

  @Override
  public String toString() {
    return regex;
  }
}
