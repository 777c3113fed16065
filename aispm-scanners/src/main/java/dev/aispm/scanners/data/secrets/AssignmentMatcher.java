package dev.aispm.scanners.data.secrets;

/**
 * Generic {@code name = value} assignments in any syntax a training set may hold: shell and .env
 * ({@code DB_PASSWORD=...}), YAML ({@code password: ...}), JSON ({@code "token": "..."}), code
 * ({@code api_key = '...'}, {@code :password => "..."}). Hand-written rather than a regular
 * expression because the name is found from a keyword in its middle and grown outwards.
 */
final class AssignmentMatcher implements FormatMatcher {
  private static final int MAX_NAME = 48;
  private static final AsciiPrecondition OPERATOR_FOLLOWS = new OperatorFollows();

  @Override
  public AsciiPrecondition asciiPrecondition() {
    return OPERATOR_FOLLOWS;
  }

  @Override
  public boolean match(CharSequence text, int anchorStart, int anchorEnd, MatchState state,
      MatchResult result) {
    int n = text.length();
    int nameStart = anchorStart;
    while (nameStart > 0 && anchorStart - nameStart < MAX_NAME && isNameChar(text.charAt(nameStart - 1))) {
      nameStart--;
    }
    int nameEnd = anchorEnd;
    while (nameEnd < n && nameEnd - anchorEnd < MAX_NAME && isNameChar(text.charAt(nameEnd))) {
      nameEnd++;
    }
    int pos = nameEnd;
    // The name's closing quote, escaped when the assignment sits inside a JSON string.
    if (pos + 1 < n && text.charAt(pos) == '\\' && isQuote(text.charAt(pos + 1))) {
      pos += 2;
    } else if (pos < n && isQuote(text.charAt(pos))) {
      pos++;
    }
    pos = skipBlanks(text, pos);
    int op = operatorLength(text, pos);
    if (op == 0) {
      return false;
    }
    pos = skipBlanks(text, pos + op);
    if (pos >= n) {
      return false;
    }
    char q = text.charAt(pos);
    boolean escapedQuote = q == '\\' && pos + 1 < n && isQuote(text.charAt(pos + 1));
    if (escapedQuote) {
      q = text.charAt(++pos);
    }
    boolean quoted = isQuote(q);
    int valueStart = quoted ? pos + 1 : pos;
    int valueEnd = valueStart;
    int limit = Math.min(n, valueStart + 201);
    if (quoted) {
      while (valueEnd < limit && text.charAt(valueEnd) != q && text.charAt(valueEnd) != '\n'
          && !(escapedQuote && text.charAt(valueEnd) == '\\')) {
        valueEnd++;
      }
      if (valueEnd >= limit || (text.charAt(valueEnd) != q && !escapedQuote)) {
        return false;
      }
    } else {
      while (valueEnd < limit && !endsUnquoted(text.charAt(valueEnd))) {
        valueEnd++;
      }
    }
    String name = text.subSequence(nameStart, nameEnd).toString();
    if (!AssignmentJudge.isSecretName(name)) {
      return false;
    }
    String value = text.subSequence(valueStart, valueEnd).toString();
    if (!AssignmentJudge.isSecretValue(value, quoted)) {
      return false;
    }
    result.set(nameStart, quoted ? valueEnd + 1 : valueEnd, valueStart, valueEnd, null);
    return true;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '`';
  }

  @Override
  public boolean matchValue(String key, String value, MatchState state, MatchResult result) {
    if (!AssignmentJudge.isSecretName(key) || !AssignmentJudge.isSecretValue(value, true)) {
      return false;
    }
    result.set(0, value.length(), 0, value.length(), null);
    return true;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || c == '-' || c == '.';
  }

  private static int skipBlanks(CharSequence text, int pos) {
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
    return pos;
  }

  /** Length of an assignment operator at {@code pos}, 0 if there is none. */
  private static int operatorLength(CharSequence text, int pos) {
    if (pos >= text.length()) {
      return 0;
    }
    char c = text.charAt(pos);
    char next = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
    if (c == ':' && next == '=') {
      return 2;
    }
    if (c == '=' && (next == '>' || next == '=')) {
      return 2;
    }
    if (c == '=' || c == ':') {
      return 1;
    }
    return 0;
  }

  private static boolean endsUnquoted(char c) {
    // A backslash ends an unquoted value: in raw JSON it starts an escape such as \n.
    return c <= ' ' || c == ',' || c == ';' || c == ':' || c == '\\' || c == '"' || c == '\'' || c == '`' || c == ')'
        || c == '}' || c == ']' || c == '&' || c == '<';
  }

  /**
   * The name must be followed, after its closing quote and blanks, by an operator; prose ("a
   * token is ...") rarely is. The same steps as {@link #match}, on bytes, up to the operator.
   */
  private static final class OperatorFollows implements AsciiPrecondition {
    @Override
    public boolean mayMatch(byte[] b, int anchorStart, int anchorEnd, int limit) {
      int pos = anchorEnd;
      while (pos < limit && pos - anchorEnd < MAX_NAME && isNameChar((char) b[pos])) {
        pos++;
      }
      if (pos + 1 < limit && b[pos] == '\\' && isQuote((char) b[pos + 1])) {
        pos += 2;
      } else if (pos < limit && isQuote((char) b[pos])) {
        pos++;
      }
      while (pos < limit && (b[pos] == ' ' || b[pos] == '\t')) {
        pos++;
      }
      return pos < limit && (b[pos] == '=' || b[pos] == ':');
    }
  }
}
