package dev.aispm.scanners.data.secrets;

import dev.aispm.scanners.data.noise.Decoys;

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
    } else if (isQuote(q) && pos + 2 < n && text.charAt(pos + 1) == '\\' && isQuote(text.charAt(pos + 2))) {
      // A JSON string holding a JSON-encoded string ("\"value\""), as SageMaker's Python SDK
      // writes hyperparameters: the value ends at the inner, escaped quote.
      pos += 2;
      q = text.charAt(pos);
      escapedQuote = true;
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
    int start = 0;
    int end = value.length();
    // A value that is itself a quoted string (a JSON-encoded hyperparameter) is judged inside its quotes.
    if (end >= 2 && isQuote(value.charAt(0)) && value.charAt(end - 1) == value.charAt(0)) {
      start = 1;
      end--;
    }
    if (!AssignmentJudge.isSecretName(key) || !AssignmentJudge.isSecretValue(value.substring(start, end), true)) {
      return false;
    }
    result.set(start, end, start, end, null);
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
   * Template marks, placeholder words and environment lookups (lower case) that make any value
   * containing them no secret, kept only where every character stays inside a value however it
   * is written (no quote, backslash, line feed or character that ends an unquoted value): a value
   * that starts with one of these contains it.
   */
  private static final String[] DECOY_STARTS = decoyStarts();

  private static String[] decoyStarts() {
    // A loop rather than a stream: this runs while a command starts, where linking a lambda costs.
    java.util.List<String> kept = new java.util.ArrayList<>();
    for (String word : Decoys.valueDecoyWords()) {
      if (staysInsideAValue(word)) {
        kept.add(word);
      }
    }
    return kept.toArray(new String[0]);
  }

  private static boolean staysInsideAValue(String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (endsUnquoted(c) || isQuote(c) || c == '\\' || c == '\n' || c >= 128) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  /**
   * What {@link #match} needs, read on bytes as far as its value: an operator after the name
   * (its closing quote and blanks aside), and a value that does not start with a template mark, a
   * placeholder word or an environment lookup, nor hold a documented example's mark (all of which
   * {@link AssignmentJudge} refuses). Prose ("a token is ...") fails the first test;
   * {@code password: ${DB_PASSWORD}}, {@code api_key = os.environ["KEY"]} and
   * {@code aws_access_key_id = AKIAIOSFODNN7EXAMPLE}, the commonest assignments in training data,
   * fail the others.
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
      if (pos >= limit || (b[pos] != '=' && b[pos] != ':')) {
        return false;
      }
      byte next = pos + 1 < limit ? b[pos + 1] : 0;
      pos += (b[pos] == ':' && next == '=') || (b[pos] == '=' && (next == '>' || next == '=')) ? 2 : 1;
      while (pos < limit && (b[pos] == ' ' || b[pos] == '\t')) {
        pos++;
      }
      // The value's opening quote, as match reads it.
      byte quote = 0;
      boolean escapedQuote = false;
      if (pos + 1 < limit && b[pos] == '\\' && isQuote((char) b[pos + 1])) {
        quote = b[pos + 1];
        escapedQuote = true;
        pos += 2;
      } else if (pos < limit && isQuote((char) b[pos])) {
        quote = b[pos];
        pos++;
        if (pos + 1 < limit && b[pos] == '\\' && isQuote((char) b[pos + 1])) {
          quote = b[pos + 1];
          escapedQuote = true;
          pos += 2;
        }
      }
      if (startsWithDecoy(b, pos, limit)) {
        return false;
      }
      // The value's extent, as match reads it: one holding a documented example's mark is refused.
      int end = pos;
      int last = (int) Math.min(limit, pos + 201L);
      if (quote != 0) {
        while (end < last && b[end] != quote && b[end] != '\n' && !(escapedQuote && b[end] == '\\')) {
          end++;
        }
      } else {
        while (end < last && !endsUnquoted((char) b[end])) {
          end++;
        }
      }
      return !Decoys.marksExample(b, pos, end);
    }

    private static boolean startsWithDecoy(byte[] b, int at, int limit) {
      for (String word : DECOY_STARTS) {
        int n = word.length();
        if (at + n > limit) {
          continue;
        }
        int k = 0;
        while (k < n) {
          int c = b[at + k];
          if (c >= 'A' && c <= 'Z') {
            c += 32;
          }
          if (c != word.charAt(k)) {
            break;
          }
          k++;
        }
        if (k == n) {
          return true;
        }
      }
      return false;
    }
  }
}
