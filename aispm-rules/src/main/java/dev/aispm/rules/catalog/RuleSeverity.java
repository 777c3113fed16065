package dev.aispm.rules.catalog;

import java.util.Locale;

/**
 * Base severity of a rule, before context. The base points are where the risk score starts
 * (see {@link dev.aispm.rules.scoring.RiskScorer}).
 */
public enum RuleSeverity {
  CRITICAL(70), HIGH(50), MEDIUM(30), LOW(10), INFO(0);

  private final int basePoints;

  RuleSeverity(int basePoints) {
    this.basePoints = basePoints;
  }

  public int basePoints() {
    return basePoints;
  }

  public static RuleSeverity parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("unknown severity '" + text + "'");
    }
  }

  /** Severity that a final score corresponds to, for sorting and alerts. */
  public static RuleSeverity ofScore(int score) {
    if (score >= 85) {
      return CRITICAL;
    }
    if (score >= 60) {
      return HIGH;
    }
    if (score >= 35) {
      return MEDIUM;
    }
    return score > 0 ? LOW : INFO;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
