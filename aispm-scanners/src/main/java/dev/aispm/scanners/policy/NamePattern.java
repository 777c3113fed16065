package dev.aispm.scanners.policy;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One entry of an approved list, matched case-insensitively against a whole name: a glob where
 * {@code *} is any run of characters other than {@code /} and {@code **} any run at all (so
 * {@code meta-llama/*} approves a Hugging Face organisation's repositories and
 * {@code s3://models/approved/**} a bucket prefix), or, written {@code re:REGEX}, a Java regular
 * expression over the whole name. Patterns are checked when the policy loads: a typo must stop
 * the gate rather than approve or refuse everything.
 *
 * @param text the pattern as written in the policy
 */
public record NamePattern(String text, Pattern compiled) {
  private static final Pattern GLOB_CHARS = Pattern.compile("[\\p{Alnum}._:/@+*~%=-]+");

  /** Parses a pattern; the message says what is wrong with it. */
  public static NamePattern parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty pattern");
    }
    if (!text.equals(text.strip())) {
      throw new IllegalArgumentException("pattern '" + text + "' has leading or trailing spaces");
    }
    if (text.startsWith("re:")) {
      String regex = text.substring(3);
      if (regex.isEmpty()) {
        throw new IllegalArgumentException("pattern 're:' has no regular expression");
      }
      try {
        return new NamePattern(text, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("pattern '" + text + "' is not a valid regular expression: "
            + e.getDescription());
      }
    }
    if (!GLOB_CHARS.matcher(text).matches()) {
      throw new IllegalArgumentException("pattern '" + text + "' has characters a name cannot have"
          + " (write re:REGEX for a regular expression)");
    }
    if (text.contains("***")) {
      throw new IllegalArgumentException("pattern '" + text + "' has '***'; use * within a path"
          + " segment or ** across segments");
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '*') {
        boolean twice = i + 1 < text.length() && text.charAt(i + 1) == '*';
        regex.append(twice ? ".*" : "[^/]*");
        i += twice ? 1 : 0;
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new NamePattern(text, Pattern.compile(regex.toString(),
        Pattern.CASE_INSENSITIVE | Pattern.DOTALL));
  }

  /** Whether the whole of {@code name} matches. */
  public boolean matches(String name) {
    return name != null && compiled.matcher(name.strip()).matches();
  }

  @Override
  public String toString() {
    return text;
  }
}
