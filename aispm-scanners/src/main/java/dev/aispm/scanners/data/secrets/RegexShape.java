package dev.aispm.scanners.data.secrets;

/**
 * The fixed-length prefix and first repeated character class of a token format's expression, as
 * in {@code pat[A-Za-z0-9]{14}\.[a-f0-9]{64}}: a prefix of 3 characters, then at least 14 of
 * {@code [A-Za-z0-9]}. Anchors such as {@code pat} or {@code key-} occur all the time in prose
 * ("path", "pattern", "key-value"), and running the regular expression at each of them was the
 * largest cost after reading the text. Checking the class run first rejects nearly all of them
 * for a few character reads, and can never reject a real match: any match starting at the anchor
 * has that run.
 *
 * <p>Only a simple, common shape is understood: leading look-behinds, then literal characters,
 * escaped punctuation, single-character classes and groups of equal-length literal alternatives,
 * then a character class with a minimum count. For anything else {@link #parse} returns null and
 * the expression alone decides.
 */
final class RegexShape implements AsciiPrecondition {
  private final int prefixLength;
  private final boolean[] tailClass;
  private final int tailMin;
  private final String tailSource;

  private RegexShape(int prefixLength, boolean[] tailClass, int tailMin, String tailSource) {
    this.prefixLength = prefixLength;
    this.tailClass = tailClass;
    this.tailMin = tailMin;
    this.tailSource = tailSource;
  }

  /** The repeated class as written in the expression, brackets included. */
  String tailSource() {
    return tailSource;
  }

  /** Characters before the repeated class. */
  int prefixLength() {
    return prefixLength;
  }

  /** The minimum count of the repeated class. */
  int tailMin() {
    return tailMin;
  }

  /** Whether ASCII character {@code c} is in the repeated class. */
  boolean inTail(char c) {
    return c < 128 && tailClass[c];
  }

  /**
   * False only if no match of the expression can start at {@code start}: the class run after
   * the prefix is too short.
   */
  boolean mayMatchAt(CharSequence text, int start) {
    int from = start + prefixLength;
    int to = from + tailMin;
    if (to > text.length()) {
      return false;
    }
    boolean[] cls = tailClass;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 128 || !cls[c]) {
        return false;
      }
    }
    return true;
  }

  /** {@link #mayMatchAt} on raw bytes; the occurrence's line ends at or before {@code limit}. */
  @Override
  public boolean mayMatch(byte[] b, int anchorStart, int anchorEnd, int limit) {
    int from = anchorStart + prefixLength;
    int to = from + tailMin;
    if (to > limit) {
      return false;
    }
    boolean[] cls = tailClass;
    for (int i = from; i < to; i++) {
      int c = b[i];
      if (c < 0 || !cls[c]) {
        return false;
      }
    }
    return true;
  }

  /** The shape of {@code regex}, or null if it is not the simple shape described above. */
  static RegexShape parse(String regex) {
    int i = 0;
    int n = regex.length();
    while (regex.startsWith("(?<!", i) || regex.startsWith("(?<=", i)) {
      i = closingParen(regex, i);
      if (i < 0) {
        return null;
      }
      i++;
    }
    int prefix = 0;
    while (i < n) {
      char c = regex.charAt(i);
      if (c == '[') {
        int end = regex.indexOf(']', i + 1);
        if (end < 0) {
          return null;
        }
        boolean[] cls = charClass(regex.substring(i + 1, end));
        if (cls == null) {
          return null;
        }
        if (end + 1 < n && regex.charAt(end + 1) == '{') {
          int close = regex.indexOf('}', end + 2);
          if (close < 0) {
            return null;
          }
          String counts = regex.substring(end + 2, close);
          int comma = counts.indexOf(',');
          String min = comma < 0 ? counts : counts.substring(0, comma);
          if (min.isEmpty() || min.length() > 6) {
            return null;
          }
          for (int k = 0; k < min.length(); k++) {
            if (min.charAt(k) < '0' || min.charAt(k) > '9') {
              return null;
            }
          }
          int tailMin = Integer.parseInt(min);
          return tailMin == 0 ? null
              : new RegexShape(prefix, cls, tailMin, regex.substring(i, end + 1));
        }
        if (end + 1 < n && isQuantifier(regex.charAt(end + 1))) {
          return null;
        }
        prefix++;
        i = end + 1;
      } else if (c == '\\') {
        if (i + 1 >= n || Character.isLetterOrDigit(regex.charAt(i + 1))) {
          return null;
        }
        i += 2;
        prefix++;
        if (i < n && isQuantifier(regex.charAt(i))) {
          return null;
        }
      } else if (regex.startsWith("(?:", i)) {
        int close = closingParen(regex, i);
        if (close < 0) {
          return null;
        }
        int length = alternativesLength(regex.substring(i + 3, close));
        if (length < 0 || (close + 1 < n && isQuantifier(regex.charAt(close + 1)))) {
          return null;
        }
        prefix += length;
        i = close + 1;
      } else if ("()|.^$*+?{".indexOf(c) >= 0) {
        return null;
      } else {
        if (i + 1 < n && isQuantifier(regex.charAt(i + 1))) {
          return null;
        }
        prefix++;
        i++;
      }
    }
    return null;
  }

  static boolean isQuantifier(char c) {
    return c == '{' || c == '*' || c == '+' || c == '?';
  }

  /** Length shared by all alternatives of plain literals, or -1. */
  private static int alternativesLength(String body) {
    int length = -1;
    for (String alt : body.split("\\|", -1)) {
      for (int k = 0; k < alt.length(); k++) {
        if ("()[]{}\\.^$*+?".indexOf(alt.charAt(k)) >= 0) {
          return -1;
        }
      }
      if (length >= 0 && alt.length() != length) {
        return -1;
      }
      length = alt.length();
    }
    return length;
  }

  /** Index of the parenthesis closing the one at {@code open}, or -1. */
  private static int closingParen(String regex, int open) {
    int depth = 0;
    for (int i = open; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        int end = regex.indexOf(']', i + 1);
        if (end < 0) {
          return -1;
        }
        i = end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Members of a class body such as {@code A-Za-z0-9_-} ({@code -} first or last is literal);
   * null for negations, escapes, nested classes or anything not ASCII.
   */
  static boolean[] charClass(String body) {
    if (body.isEmpty() || body.charAt(0) == '^' || body.indexOf('\\') >= 0 || body.indexOf('[') >= 0
        || body.indexOf('&') >= 0) {
      return null;
    }
    boolean[] in = new boolean[128];
    for (int k = 0; k < body.length(); k++) {
      char from = body.charAt(k);
      char to = from;
      if (k + 2 < body.length() && body.charAt(k + 1) == '-') {
        to = body.charAt(k + 2);
        k += 2;
      }
      if (from >= 128 || to >= 128 || to < from) {
        return null;
      }
      for (char c = from; c <= to; c++) {
        in[c] = true;
      }
    }
    return in;
  }
}
