package dev.aispm.scanners.data.secrets;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials with no prefix of their own (a Datadog key is 32 hex digits, like any MD5), which
 * are only credentials when a vendor keyword names them: in text the keyword precedes the value
 * on the same line; in a JSON field or CSV column the keyword is in the field's name.
 */
final class ContextMatcher implements FormatMatcher {
  private final List<String> keywords;
  private final LazyPattern inText;
  private final LazyPattern value;
  private final Predicate<String> validator;

  /**
   * @param keywords   lower-case vendor words, one of which names the value
   * @param valueRegex the value's own shape
   * @param validator  extra check on the value; null for none
   */
  ContextMatcher(List<String> keywords, String valueRegex, Predicate<String> validator) {
    this.keywords = List.copyOf(keywords);
    StringBuilder alternatives = new StringBuilder();
    for (String k : keywords) {
      if (alternatives.length() > 0) {
        alternatives.append('|');
      }
      alternatives.append(Pattern.quote(k));
    }
    // Quotes may be escaped (\\") when the assignment sits inside a JSON string, and doubled
    // ("\\"value\\"") when the value is a JSON-encoded string inside one.
    this.inText = new LazyPattern("(?i:" + alternatives + ")[A-Za-z0-9_.\\- ]{0,30}?\\\\?[\"'`]?\\s{0,5}"
        + "(?:=>|:=|=|:|,)?\\s{0,5}(?:\\\\?[\"'`]){0,2}(?<secret>" + valueRegex + ")(?![A-Za-z0-9/+=_-])");
    this.value = new LazyPattern(valueRegex);
    this.validator = validator;
  }

  @Override
  public boolean match(CharSequence text, int anchorStart, int anchorEnd, MatchState state,
      MatchResult result) {
    Matcher m = state.matcher(inText.get(), text);
    m.region(anchorStart, Math.min(text.length(), anchorStart + 400));
    if (!m.lookingAt()) {
      return false;
    }
    String v = m.group("secret");
    if (validator != null && !validator.test(v)) {
      return false;
    }
    result.set(m.start(), m.end(), m.start("secret"), m.end("secret"), null);
    return true;
  }

  @Override
  public boolean matchValue(String key, String v, MatchState state, MatchResult result) {
    String lowerKey = key.toLowerCase(Locale.ROOT);
    boolean named = false;
    for (String k : keywords) {
      if (lowerKey.contains(k)) {
        named = true;
        break;
      }
    }
    if (!named) {
      return false;
    }
    int start = 0;
    int end = v.length();
    while (start < end && Character.isWhitespace(v.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(v.charAt(end - 1))) {
      end--;
    }
    // A value that is itself a quoted string (a JSON-encoded hyperparameter) is judged inside its quotes.
    if (end - start >= 2 && isQuote(v.charAt(start)) && v.charAt(end - 1) == v.charAt(start)) {
      start++;
      end--;
    }
    Matcher m = state.matcher(value.get(), v);
    m.region(start, end);
    if (!m.matches()) {
      return false;
    }
    if (validator != null && !validator.test(v.substring(start, end))) {
      return false;
    }
    result.set(start, end, start, end, null);
    return true;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '`';
  }
}
