package dev.aispm.scanners.data.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * A token format's expression read as a plain structure and matched by hand: most vendor tokens
 * are a left boundary, a fixed prefix, one run of a character class and a right boundary, as in
 * {@code (?<!(?<!\\)[A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])}. Running
 * {@code java.util.regex} for them cost more than the rest of a match: compiling each expression
 * on first use, and at every anchor a walk through a tree of node objects. Documented example
 * keys and look-alikes make such anchors common in training sets, so the hand-written walk pays
 * for itself on every scan.
 *
 * <p>{@link #parse} accepts exactly this shape and returns null for anything else, which then
 * stays with the regular expression. {@link #matchEnd} gives what {@code lookingAt} gives for the
 * expression on a matcher whose region starts at the anchor, with transparent bounds (look-arounds
 * see the text beyond the region), greedy backtracking included; the catalogue test checks the two
 * agree on every simple format.
 */
final class SimpleToken {
  /** A left boundary: fails after a class character that does not follow a backslash; or null. */
  private final boolean[] before;
  /**
   * The prefix, one entry per literal, one-character class or group of alternatives, each entry
   * listing the strings of equal length it accepts.
   */
  private final List<String[]> prefix;
  private final boolean[] run;
  private final int min;
  /** Largest run, or -1 for no limit. */
  private final int max;
  /** A right boundary: no class character may follow the run; or null. */
  private final boolean[] after;

  private SimpleToken(boolean[] before, List<String[]> prefix, boolean[] run, int min, int max,
      boolean[] after) {
    this.before = before;
    this.prefix = prefix;
    this.run = run;
    this.min = min;
    this.max = max;
    this.after = after;
  }

  /**
   * Where a match starting at {@code start} ends, or -1 if there is none; the match may not run
   * past {@code regionEnd}, but the boundaries look at {@code text} on both sides of the region.
   */
  int matchEnd(CharSequence text, int start, int regionEnd) {
    regionEnd = Math.min(regionEnd, text.length());
    if (before != null && start > 0 && in(before, text.charAt(start - 1))
        && (start < 2 || text.charAt(start - 2) != '\\')) {
      return -1;
    }
    int i = start;
    for (String[] options : prefix) {
      int width = options[0].length();
      if (i + width > regionEnd || !oneOf(options, text, i)) {
        return -1;
      }
      i += width;
    }
    int limit = max < 0 ? regionEnd : Math.min(regionEnd, i + max);
    int end = i;
    while (end < limit && in(run, text.charAt(end))) {
      end++;
    }
    if (after != null) {
      // Greedy with backtracking: give back characters until the boundary holds.
      while (end - i >= min && end < text.length() && in(after, text.charAt(end))) {
        end--;
      }
    }
    return end - i >= min ? end : -1;
  }

  private static boolean oneOf(String[] options, CharSequence text, int at) {
    for (String option : options) {
      boolean same = true;
      for (int k = 0; k < option.length() && same; k++) {
        same = option.charAt(k) == text.charAt(at + k);
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  private static boolean in(boolean[] cls, char c) {
    return c < 128 && cls[c];
  }

  /** The structure of {@code regex}, or null if it is not a simple token shape. */
  static SimpleToken parse(String regex) {
    int i = 0;
    int n = regex.length();
    boolean[] before = null;
    String lookbehind = "(?<!(?<!\\\\)[";
    if (regex.startsWith(lookbehind)) {
      int close = regex.indexOf(']', lookbehind.length());
      if (close < 0 || !regex.startsWith("])", close)) {
        return null;
      }
      before = RegexShape.charClass(regex.substring(lookbehind.length(), close));
      if (before == null) {
        return null;
      }
      i = close + 2;
    }
    List<String[]> prefix = new ArrayList<>();
    while (i < n) {
      char c = regex.charAt(i);
      if (c == '[') {
        int close = regex.indexOf(']', i + 1);
        if (close < 0) {
          return null;
        }
        boolean[] cls = RegexShape.charClass(regex.substring(i + 1, close));
        if (cls == null) {
          return null;
        }
        if (close + 1 < n && regex.charAt(close + 1) == '{') {
          return run(regex, close + 2, before, prefix, cls);
        }
        if (close + 1 < n && RegexShape.isQuantifier(regex.charAt(close + 1))) {
          return null;
        }
        List<String> members = new ArrayList<>();
        for (char m = 0; m < 128; m++) {
          if (cls[m]) {
            members.add(String.valueOf(m));
          }
        }
        prefix.add(members.toArray(new String[0]));
        i = close + 1;
      } else if (c == '\\') {
        if (i + 1 >= n || Character.isLetterOrDigit(regex.charAt(i + 1))
            || (i + 2 < n && RegexShape.isQuantifier(regex.charAt(i + 2)))) {
          return null;
        }
        prefix.add(new String[] {String.valueOf(regex.charAt(i + 1))});
        i += 2;
      } else if (regex.startsWith("(?:", i)) {
        int close = regex.indexOf(')', i);
        if (close < 0 || (close + 1 < n && RegexShape.isQuantifier(regex.charAt(close + 1)))) {
          return null;
        }
        String[] options = regex.substring(i + 3, close).split("\\|", -1);
        for (String option : options) {
          if (option.isEmpty() || option.length() != options[0].length()) {
            return null;
          }
          for (int k = 0; k < option.length(); k++) {
            if ("()[]{}\\.^$*+?|".indexOf(option.charAt(k)) >= 0) {
              return null;
            }
          }
        }
        prefix.add(options);
        i = close + 1;
      } else if ("()|.^$*+?{}".indexOf(c) >= 0
          || (i + 1 < n && RegexShape.isQuantifier(regex.charAt(i + 1)))) {
        return null;
      } else {
        prefix.add(new String[] {String.valueOf(c)});
        i++;
      }
    }
    return null;
  }

  /** The run's counts at {@code at} (after its opening brace), then the optional right boundary. */
  private static SimpleToken run(String regex, int at, boolean[] before, List<String[]> prefix,
      boolean[] cls) {
    int close = regex.indexOf('}', at);
    if (close < 0) {
      return null;
    }
    String counts = regex.substring(at, close);
    int comma = counts.indexOf(',');
    int min = number(comma < 0 ? counts : counts.substring(0, comma));
    int max = comma < 0 ? min : comma == counts.length() - 1 ? -1 : number(counts.substring(comma + 1));
    if (min <= 0 || (comma >= 0 && comma < counts.length() - 1 && max < min)) {
      return null;
    }
    String rest = regex.substring(close + 1);
    boolean[] after = null;
    if (!rest.isEmpty()) {
      if (!rest.startsWith("(?![") || !rest.endsWith("])") || rest.indexOf(']') != rest.length() - 2) {
        return null;
      }
      after = RegexShape.charClass(rest.substring(4, rest.length() - 2));
      if (after == null) {
        return null;
      }
    }
    return new SimpleToken(before, List.copyOf(prefix), cls, min, max, after);
  }

  private static int number(String digits) {
    if (digits.isEmpty() || digits.length() > 6) {
      return -1;
    }
    for (int k = 0; k < digits.length(); k++) {
      if (digits.charAt(k) < '0' || digits.charAt(k) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(digits);
  }
}
