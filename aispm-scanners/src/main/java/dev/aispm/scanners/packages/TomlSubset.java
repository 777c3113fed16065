package dev.aispm.scanners.packages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of TOML that dependency declarations use ({@code pyproject.toml}, {@code Pipfile}):
 * tables and arrays of tables, bare, quoted and dotted keys, basic and literal strings (one-line
 * and multi-line), arrays across lines and inline tables. Other scalars (numbers, booleans,
 * dates) are kept as {@link Bare} text, since no dependency is written as one.
 *
 * <p>It exists because the inventory must not add a TOML library for two file kinds, and it is
 * lenient on purpose: a line it cannot read is counted in {@link Result#errors()} and skipped, so
 * a manifest with one broken line still yields the dependencies around it. One linear pass;
 * nesting deeper than {@link #MAX_DEPTH} is an error, never a stack overflow.
 */
final class TomlSubset {
  /** The deepest nesting of arrays and inline tables that is read. */
  static final int MAX_DEPTH = 32;

  /** A scalar that is not a string: {@code true}, {@code 3}, a date. */
  record Bare(String text) {
  }

  /**
   * A document read as nested maps: a table is a {@code Map<String, Object>}, an array (and an
   * array of tables) a {@code List<Object>}, a string a {@code String}.
   *
   * @param root   the top-level table
   * @param errors lines that could not be read and were skipped
   */
  record Result(Map<String, Object> root, int errors) {
    /** The value at a path of keys, or null. */
    Object at(String... path) {
      Object node = root;
      for (String key : path) {
        if (!(node instanceof Map<?, ?> m)) {
          return null;
        }
        node = m.get(key);
      }
      return node;
    }

    /** The table at a path of keys, or an empty one. */
    @SuppressWarnings("unchecked")
    Map<String, Object> table(String... path) {
      return at(path) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
  }

  private static final class Malformed extends Exception {
    Malformed() {
      super(null, null, false, false);
    }
  }

  private final String s;
  private int i;
  private int errors;
  private final Map<String, Object> root = new LinkedHashMap<>();
  private Map<String, Object> current = root;

  private TomlSubset(String text) {
    this.s = text;
  }

  /** Reads {@code text}; never throws on malformed input. */
  static Result parse(String text) {
    TomlSubset p = new TomlSubset(text.startsWith("\uFEFF") ? text.substring(1) : text);
    p.document();
    return new Result(p.root, p.errors);
  }

  private void document() {
    while (true) {
      skipBlankLines();
      if (i >= s.length()) {
        return;
      }
      int start = i;
      try {
        if (s.charAt(i) == '[') {
          header();
        } else {
          keyValue(current);
        }
        endOfLine();
      } catch (Malformed e) {
        errors++;
        // never loop on the same spot: skip past the line the error was found on
        i = Math.max(i, start);
        int nl = s.indexOf('\n', i);
        i = nl < 0 ? s.length() : nl + 1;
      }
    }
  }

  private void header() throws Malformed {
    boolean array = s.startsWith("[[", i);
    i += array ? 2 : 1;
    List<String> path = key();
    skipSpaces();
    if (!s.startsWith(array ? "]]" : "]", i)) {
      throw new Malformed();
    }
    i += array ? 2 : 1;
    Map<String, Object> table = root;
    for (int k = 0; k < path.size() - 1; k++) {
      table = child(table, path.get(k));
    }
    String last = path.get(path.size() - 1);
    if (array) {
      Object existing = table.get(last);
      List<Object> list;
      if (existing == null) {
        list = new ArrayList<>();
        table.put(last, list);
      } else if (existing instanceof List<?>) {
        @SuppressWarnings("unchecked")
        List<Object> l = (List<Object>) existing;
        list = l;
      } else {
        throw new Malformed();
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      list.add(entry);
      current = entry;
    } else {
      current = child(table, last);
    }
  }

  /** The table under {@code key}, made when missing; the last table of an array of tables. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> table, String key) throws Malformed {
    Object existing = table.get(key);
    if (existing == null) {
      Map<String, Object> made = new LinkedHashMap<>();
      table.put(key, made);
      return made;
    }
    if (existing instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    if (existing instanceof List<?> l && !l.isEmpty() && l.get(l.size() - 1) instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new Malformed();
  }

  private void keyValue(Map<String, Object> table) throws Malformed {
    List<String> path = key();
    skipSpaces();
    if (i >= s.length() || s.charAt(i) != '=') {
      throw new Malformed();
    }
    i++;
    skipSpaces();
    Object value = value(0);
    Map<String, Object> target = table;
    for (int k = 0; k < path.size() - 1; k++) {
      target = child(target, path.get(k));
    }
    String last = path.get(path.size() - 1);
    if (target.containsKey(last)) {
      throw new Malformed();
    }
    target.put(last, value);
  }

  private List<String> key() throws Malformed {
    List<String> path = new ArrayList<>();
    while (true) {
      skipSpaces();
      if (i >= s.length()) {
        throw new Malformed();
      }
      char c = s.charAt(i);
      if (c == '"' && !s.startsWith("\"\"\"", i)) {
        path.add(basicString());
      } else if (c == '\'' && !s.startsWith("'''", i)) {
        path.add(literalString());
      } else {
        int start = i;
        while (i < s.length() && isBareKeyChar(s.charAt(i))) {
          i++;
        }
        if (i == start) {
          throw new Malformed();
        }
        path.add(s.substring(start, i));
      }
      skipSpaces();
      if (i < s.length() && s.charAt(i) == '.') {
        i++;
        continue;
      }
      return path;
    }
  }

  private static boolean isBareKeyChar(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
  }

  private Object value(int depth) throws Malformed {
    if (depth > MAX_DEPTH || i >= s.length()) {
      throw new Malformed();
    }
    char c = s.charAt(i);
    if (s.startsWith("\"\"\"", i)) {
      return multiLine("\"\"\"", true);
    }
    if (s.startsWith("'''", i)) {
      return multiLine("'''", false);
    }
    if (c == '"') {
      return basicString();
    }
    if (c == '\'') {
      return literalString();
    }
    if (c == '[') {
      return array(depth);
    }
    if (c == '{') {
      return inlineTable(depth);
    }
    int start = i;
    while (i < s.length() && ",]}\n\r#".indexOf(s.charAt(i)) < 0) {
      i++;
    }
    String bare = s.substring(start, i).trim();
    if (bare.isEmpty()) {
      throw new Malformed();
    }
    return new Bare(bare);
  }

  private List<Object> array(int depth) throws Malformed {
    i++;
    List<Object> out = new ArrayList<>();
    while (true) {
      skipBlankLines();
      if (i >= s.length()) {
        throw new Malformed();
      }
      if (s.charAt(i) == ']') {
        i++;
        return out;
      }
      out.add(value(depth + 1));
      skipBlankLines();
      if (i < s.length() && s.charAt(i) == ',') {
        i++;
      } else if (i >= s.length() || s.charAt(i) != ']') {
        throw new Malformed();
      }
    }
  }

  private Map<String, Object> inlineTable(int depth) throws Malformed {
    i++;
    Map<String, Object> out = new LinkedHashMap<>();
    while (true) {
      // TOML 1.0 keeps an inline table on one line; 1.1 allows newlines, and so does this reader
      skipBlankLines();
      if (i >= s.length()) {
        throw new Malformed();
      }
      if (s.charAt(i) == '}') {
        i++;
        return out;
      }
      if (depth + 1 > MAX_DEPTH) {
        throw new Malformed();
      }
      List<String> path = key();
      skipSpaces();
      if (i >= s.length() || s.charAt(i) != '=') {
        throw new Malformed();
      }
      i++;
      skipSpaces();
      Object v = value(depth + 1);
      Map<String, Object> target = out;
      for (int k = 0; k < path.size() - 1; k++) {
        target = child(target, path.get(k));
      }
      target.put(path.get(path.size() - 1), v);
      skipBlankLines();
      if (i < s.length() && s.charAt(i) == ',') {
        i++;
      } else if (i >= s.length() || s.charAt(i) != '}') {
        throw new Malformed();
      }
    }
  }

  private String basicString() throws Malformed {
    i++;
    StringBuilder b = new StringBuilder();
    while (i < s.length()) {
      if (s.charAt(i) == '\n') {
        // left unconsumed, so that the next line is read after the error
        throw new Malformed();
      }
      char c = s.charAt(i++);
      if (c == '"') {
        return b.toString();
      }
      if (c == '\\') {
        escape(b);
      } else {
        b.append(c);
      }
    }
    throw new Malformed();
  }

  private void escape(StringBuilder b) throws Malformed {
    if (i >= s.length()) {
      throw new Malformed();
    }
    char e = s.charAt(i++);
    switch (e) {
      case 'n' -> b.append('\n');
      case 't' -> b.append('\t');
      case 'r' -> b.append('\r');
      case 'b' -> b.append('\b');
      case 'f' -> b.append('\f');
      case '"', '\\' -> b.append(e);
      case 'u', 'U' -> {
        int len = e == 'u' ? 4 : 8;
        if (i + len > s.length()) {
          throw new Malformed();
        }
        try {
          int cp = Integer.parseInt(s.substring(i, i + len), 16);
          b.appendCodePoint(cp);
        } catch (IllegalArgumentException x) {
          throw new Malformed();
        }
        i += len;
      }
      default -> throw new Malformed();
    }
  }

  private String literalString() throws Malformed {
    int start = ++i;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\'') {
        i++;
        return s.substring(start, i - 1);
      }
      if (c == '\n') {
        throw new Malformed();
      }
      i++;
    }
    throw new Malformed();
  }

  private String multiLine(String quote, boolean escapes) throws Malformed {
    i += 3;
    if (s.startsWith("\r\n", i)) {
      i += 2;
    } else if (s.startsWith("\n", i)) {
      i++;
    }
    StringBuilder b = new StringBuilder();
    while (i < s.length()) {
      if (s.charAt(i) == quote.charAt(0)) {
        int run = 0;
        while (i + run < s.length() && s.charAt(i + run) == quote.charAt(0)) {
          run++;
        }
        if (run >= 3) {
          // up to two quotes right before the closing three belong to the string
          b.append(quote, 0, Math.min(run - 3, 2));
          i += Math.min(run, 5);
          return b.toString();
        }
        b.append(quote, 0, run);
        i += run;
        continue;
      }
      char c = s.charAt(i++);
      if (escapes && c == '\\') {
        int save = i;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
          i++;
        }
        if (i < s.length() && (s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
          // a line-ending backslash joins lines, dropping the whitespace that follows
          while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
          }
        } else {
          i = save;
          escape(b);
        }
      } else {
        b.append(c);
      }
    }
    throw new Malformed();
  }

  private void skipSpaces() {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
  }

  /** Whitespace, newlines and comments. */
  private void skipBlankLines() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
      } else if (c == '#') {
        int nl = s.indexOf('\n', i);
        i = nl < 0 ? s.length() : nl + 1;
      } else {
        return;
      }
    }
  }

  /** After a key/value pair or a header only a comment may follow on the line. */
  private void endOfLine() throws Malformed {
    skipSpaces();
    if (i >= s.length()) {
      return;
    }
    char c = s.charAt(i);
    if (c == '#') {
      int nl = s.indexOf('\n', i);
      i = nl < 0 ? s.length() : nl + 1;
    } else if (c == '\n') {
      i++;
    } else if (c == '\r' && s.startsWith("\r\n", i)) {
      i += 2;
    } else {
      throw new Malformed();
    }
  }
}
