package dev.aispm.scanners.packages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code setup.py}: the literal requirement strings of {@code install_requires=[...]} (or
 * {@code "install_requires": [...]} in a keyword dictionary, {@code kwargs["install_requires"] = [...]}),
 * read without running the file.
 * Running it is the only way to know everything it declares, and running scanned code is what
 * the inventory never does; so this is a static scan of string literals, and every element (or
 * whole value) that is not a literal string, such as a variable, a call or a comprehension, is
 * counted in {@link DeclaredDependencies#unresolved()} instead of being guessed.
 *
 * <p>One linear pass over the text: each list is read once, and the next search starts after it.
 */
final class SetupPy {
  private static final Pattern KEYWORD = Pattern.compile(
      "(?<![A-Za-z0-9_])([\"']?)install_requires\\1\\]?\\s*[=:]");

  private final String s;
  private final DeclaredDependencies.Builder out;
  private int i;

  private SetupPy(String text, DeclaredDependencies.Builder out) {
    this.s = text;
    this.out = out;
  }

  static DeclaredDependencies read(String text, String location) {
    DeclaredDependencies.Builder out = new DeclaredDependencies.Builder(location,
        PackageManifests.Kind.SETUP_PY.source());
    SetupPy p = new SetupPy(text, out);
    Matcher m = KEYWORD.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from) && !out.full()) {
      p.i = m.end();
      if (p.i < text.length() && text.charAt(p.i) == '=') {
        // "install_requires == ...": a comparison, not an assignment
        from = p.i + 1;
        continue;
      }
      p.skipSpace();
      if (p.i < text.length() && (text.charAt(p.i) == '[' || text.charAt(p.i) == '(')) {
        p.list(text.charAt(p.i) == '[' ? ']' : ')');
      } else {
        out.unresolved();
      }
      from = Math.max(p.i, m.end());
    }
    return out.build();
  }

  /** Reads a list or tuple from its opening bracket to its closing one (or the end of the text). */
  private void list(char close) {
    i++;
    while (true) {
      skipSpace();
      if (i >= s.length()) {
        return;
      }
      if (s.charAt(i) == close) {
        i++;
        return;
      }
      String literal = literals();
      skipSpace();
      boolean ends = i >= s.length() || s.charAt(i) == ',' || s.charAt(i) == close;
      if (literal != null && ends) {
        out.requirement(literal);
      } else {
        out.unresolved();
        skipElement(close);
      }
      if (i < s.length() && s.charAt(i) == ',') {
        i++;
      }
    }
  }

  /** One or more adjacent string literals (Python joins them), or null when none starts here. */
  private String literals() {
    StringBuilder b = null;
    while (true) {
      int start = i;
      int q = i;
      while (q < s.length() && q - i < 2 && "rRuUbB".indexOf(s.charAt(q)) >= 0) {
        q++;
      }
      if (q >= s.length() || s.charAt(q) != '"' && s.charAt(q) != '\'') {
        i = start;
        return b == null ? null : b.toString();
      }
      i = q;
      String one = string();
      if (one == null) {
        return null;
      }
      b = b == null ? new StringBuilder(one) : b.append(one);
      skipSpace();
    }
  }

  /** A string literal at a quote; null when it does not end. */
  private String string() {
    char quote = s.charAt(i);
    boolean triple = s.startsWith(String.valueOf(quote).repeat(3), i);
    i += triple ? 3 : 1;
    StringBuilder b = new StringBuilder();
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char e = s.charAt(i + 1);
        b.append(e == 'n' ? '\n' : e);
        i += 2;
        continue;
      }
      if (c == quote && (!triple || s.startsWith(String.valueOf(quote).repeat(3), i))) {
        i += triple ? 3 : 1;
        return b.toString();
      }
      if (c == '\n' && !triple) {
        return null;
      }
      b.append(c);
      i++;
    }
    return null;
  }

  /** Skips a non-literal element up to the list's next top-level comma or its closing bracket. */
  private void skipElement(char close) {
    int depth = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        if (string() == null) {
          // an unterminated string: go on after its line
          continue;
        }
        continue;
      }
      if (c == '#') {
        skipComment();
        continue;
      }
      if (c == '[' || c == '(' || c == '{') {
        depth++;
      } else if (c == ']' || c == ')' || c == '}') {
        if (depth == 0) {
          if (c != close) {
            i++;
            continue;
          }
          return;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        return;
      }
      i++;
    }
  }

  private void skipSpace() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '#') {
        skipComment();
      } else if (Character.isWhitespace(c) || c == '\\') {
        i++;
      } else {
        return;
      }
    }
  }

  private void skipComment() {
    while (i < s.length() && s.charAt(i) != '\n') {
      i++;
    }
  }
}
