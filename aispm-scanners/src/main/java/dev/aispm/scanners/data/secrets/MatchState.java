package dev.aispm.scanners.data.secrets;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-scan mutable state for matchers. {@link Matcher} objects are not thread-safe, so each
 * detector owns one cache and the immutable catalogue can be shared by concurrent scans.
 */
public final class MatchState {
  private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

  /** A matcher for {@code pattern} reset onto {@code text}, with transparent bounds for look-arounds. */
  Matcher matcher(Pattern pattern, CharSequence text) {
    Matcher m = matchers.get(pattern);
    if (m == null) {
      m = pattern.matcher(text);
      matchers.put(pattern, m);
    } else {
      m.reset(text);
    }
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m;
  }
}
