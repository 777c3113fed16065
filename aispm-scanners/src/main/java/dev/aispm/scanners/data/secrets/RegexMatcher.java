package dev.aispm.scanners.data.secrets;

import dev.aispm.scanners.data.noise.Decoys;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Confirms a format with a regular expression run only in a small window around an anchor. The
 * value is the named group {@code secret} when the pattern has one, else the whole match.
 */
final class RegexMatcher implements FormatMatcher {
  private final LazyPattern pattern;
  /** For matches that start at the anchor: a quick test that rejects most anchors in prose. */
  private final RegexShape shape;
  /** The expression as a plain structure matched by hand, when it is that simple; else null. */
  private final SimpleToken simple;
  private final int back;
  private final int window;
  private final boolean hasSecretGroup;
  private final Predicate<String> validator;
  /** The format's embedded checksum; a value failing it is kept, marked {@link #CHECKSUM_FAILED}. */
  private final Predicate<String> checksum;
  private final List<String> nearby;
  private final int nearbyWindow;

  /**
   * @param regex     the format
   * @param back      how far before the anchor a match may start (0: it starts at the anchor)
   * @param window    how far after the anchor's start a match may end
   * @param validator extra check on the value (checksum, entropy); null for none
   * @param nearby    literals one of which must occur within {@code nearbyWindow} chars before the
   *                  match (empty for none), for formats only identifiable in context
   */
  RegexMatcher(String regex, int back, int window, Predicate<String> validator, List<String> nearby,
      int nearbyWindow) {
    this(regex, back, window, validator, null, nearby, nearbyWindow);
  }

  /**
   * A matcher whose format embeds a checksum. A value of the right shape whose checksum fails is
   * still reported, at lower confidence: a typo or a truncated copy of a live token leaks it.
   */
  RegexMatcher(String regex, int back, int window, Predicate<String> validator,
      Predicate<String> checksum, List<String> nearby, int nearbyWindow) {
    this.pattern = new LazyPattern(regex);
    this.shape = back == 0 ? RegexShape.parse(regex) : null;
    this.back = back;
    this.window = window;
    this.hasSecretGroup = regex.contains("(?<secret>");
    this.simple = back == 0 && !hasSecretGroup ? SimpleToken.parse(regex) : null;
    this.validator = validator;
    this.checksum = checksum;
    this.nearby = List.copyOf(nearby);
    this.nearbyWindow = nearbyWindow;
  }

  /** The quick pre-test in use, or null; for tests. */
  RegexShape shape() {
    return shape;
  }

  @Override
  public AsciiPrecondition asciiPrecondition() {
    if (shape == null || hasSecretGroup) {
      return shape;
    }
    return new NoExampleInShape(shape);
  }

  /**
   * The shape's test, and no documented example's mark in what any match must span (the prefix
   * and the shortest run): where the whole match is the value, that mark makes it a decoy,
   * refused whatever follows. A named class: this is made while a command starts, where the
   * first lambda would cost milliseconds of linking.
   */
  private static final class NoExampleInShape implements AsciiPrecondition {
    private final RegexShape shape;
    private final int shortest;

    NoExampleInShape(RegexShape shape) {
      this.shape = shape;
      this.shortest = shape.prefixLength() + shape.tailMin();
    }

    @Override
    public boolean mayMatch(byte[] b, int anchorStart, int anchorEnd, int limit) {
      return shape.mayMatch(b, anchorStart, anchorEnd, limit)
          && !Decoys.marksExample(b, anchorStart, Math.min(limit, anchorStart + shortest));
    }
  }

  /** The hand matcher in use instead of the expression, or null; for tests. */
  SimpleToken simple() {
    return simple;
  }

  /** The expression; for tests. */
  String regex() {
    return pattern.toString();
  }

  @Override
  public boolean match(CharSequence text, int anchorStart, int anchorEnd, MatchState state,
      MatchResult result) {
    if (shape != null && !shape.mayMatchAt(text, anchorStart)) {
      return false;
    }
    int from = Math.max(0, anchorStart - back);
    int to = Math.min(text.length(), anchorStart + window);
    if (simple != null) {
      int end = simple.matchEnd(text, anchorStart, to);
      return end >= 0 && accept(text, anchorStart, end, anchorStart, end, result);
    }
    Matcher m = state.matcher(pattern.get(), text);
    m.region(from, to);
    if (back == 0) {
      if (!m.lookingAt() || !accept(text, m, result)) {
        return false;
      }
      return true;
    }
    while (m.find()) {
      if (m.start() <= anchorStart && m.end() >= anchorEnd && accept(text, m, result)) {
        return true;
      }
      if (m.start() > anchorStart) {
        return false;
      }
    }
    return false;
  }

  private boolean accept(CharSequence text, Matcher m, MatchResult result) {
    int vs = hasSecretGroup ? m.start("secret") : m.start();
    int ve = hasSecretGroup ? m.end("secret") : m.end();
    return accept(text, m.start(), m.end(), vs, ve, result);
  }

  /** Checks a match and its value ({@code [vs, ve)}) and records it. */
  private boolean accept(CharSequence text, int start, int end, int vs, int ve,
      MatchResult result) {
    if (vs < 0 || ve <= vs) {
      return false;
    }
    String value = validator != null || checksum != null
        ? text.subSequence(vs, ve).toString() : null;
    if (validator != null && !validator.test(value)) {
      return false;
    }
    if (!nearby.isEmpty() && !nearbyPresent(text, start)) {
      return false;
    }
    result.set(start, end, vs, ve,
        checksum != null && !checksum.test(value) ? SecretFormat.CHECKSUM_FAILED : null);
    return true;
  }

  private boolean nearbyPresent(CharSequence text, int matchStart) {
    int from = Math.max(0, matchStart - nearbyWindow);
    String before = text.subSequence(from, matchStart).toString();
    for (String n : nearby) {
      if (before.contains(n)) {
        return true;
      }
    }
    return false;
  }
}
