package dev.aispm.scanners.data.secrets;

import dev.aispm.scanners.core.Severity;
import java.util.List;
import java.util.Objects;

/**
 * One kind of credential the catalogue knows: the rule id findings carry, how bad a leak is, the
 * literal anchors without which it cannot occur, and the matcher that confirms it.
 *
 * @param ruleId   e.g. {@code secret.github-token}
 * @param title    readable name used in finding messages
 * @param severity how bad a leak of this credential is
 * @param kind     how specific the format is; decides which format wins when two overlap
 * @param anchors  literals (matched ignoring ASCII case) at least one of which every match contains
 * @param matcher  confirms a match around an anchor occurrence
 */
public record SecretFormat(String ruleId, String title, Severity severity, Kind kind,
    List<String> anchors, FormatMatcher matcher) {

  /**
   * The match detail of a value that has the format's shape but not its checksum: reported at
   * medium severity and confidence rather than dropped, since typos and truncated copies of live
   * tokens still leak them.
   */
  public static final String CHECKSUM_FAILED = "checksum does not verify";

  /** How much a match says on its own; the more specific format wins an overlap. */
  public enum Kind {
    /** Free-form assignments judged by key name and entropy. */
    GENERIC,
    /** Unprefixed values recognised by a nearby vendor keyword. */
    CONTEXT,
    /**
     * A password inside a URL: structured, but a token used as the password (a GitHub token in
     * a clone URL) is better reported as what it is.
     */
    URL,
    /** Self-identifying structure: a vendor prefix, a checksum or a PEM header. */
    STRUCTURED
  }

  public SecretFormat {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(matcher, "matcher");
    anchors = List.copyOf(anchors);
    if (anchors.isEmpty()) {
      throw new IllegalArgumentException(ruleId + " has no anchor");
    }
  }
}
