package dev.aispm.scanners.data.secrets;

/**
 * How one credential format recognises itself around an anchor occurrence. Separate from
 * {@link SecretFormat} so that most formats share the regular-expression matcher while PEM blocks
 * and free-form password assignments get hand-written ones.
 */
public interface FormatMatcher {
  /**
   * @param text        the text being scanned
   * @param anchorStart where the anchor occurrence starts
   * @param anchorEnd   where it ends (exclusive)
   * @param state       per-scan caches (compiled matchers)
   * @param result      filled on success
   * @return whether the format is present at this anchor
   */
  boolean match(CharSequence text, int anchorStart, int anchorEnd, MatchState state, MatchResult result);

  /**
   * Tries the format on a value whose name is known separately, as in a JSON field or a CSV
   * column: the name supplies the context that text would carry before the value.
   *
   * @return whether {@code value} as a whole is this format given {@code key}
   */
  default boolean matchValue(String key, String value, MatchState state, MatchResult result) {
    return false;
  }

  /**
   * What {@link #match} needs after the anchor, checkable on raw ASCII bytes while anchors are
   * found; null if the matcher has no such cheap test, and then every occurrence is kept.
   */
  default AsciiPrecondition asciiPrecondition() {
    return null;
  }
}
