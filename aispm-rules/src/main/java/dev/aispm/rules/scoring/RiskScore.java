package dev.aispm.rules.scoring;

import java.util.List;

/** A finding's score (0-100) and the factors that add up to it, base severity first. */
public record RiskScore(int score, List<ScoreFactor> factors) {
  public RiskScore {
    factors = List.copyOf(factors);
  }
}
