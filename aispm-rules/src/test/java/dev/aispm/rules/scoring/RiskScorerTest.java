package dev.aispm.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.rules.catalog.RuleSeverity;
import org.junit.jupiter.api.Test;

class RiskScorerTest {
  @Test
  void aFindingWithoutContextScoresItsBaseSeverity() {
    RiskScore s = RiskScorer.score(RuleSeverity.HIGH, ContextFactors.NONE, false);
    assertThat(s.score()).isEqualTo(50);
    assertThat(s.factors()).extracting(ScoreFactor::name).containsExactly("base");
  }

  @Test
  void everyContextFactorAddsItsPointsAndExplainsItself() {
    RiskScore s = RiskScorer.score(RuleSeverity.MEDIUM, new ContextFactors(true, true, true, true, 3), false);
    assertThat(s.score()).isEqualTo(30 + 15 + 10 + 10 + 5 + 6);
    assertThat(s.factors()).extracting(ScoreFactor::name)
        .containsExactly("base", "internet-exposure", "data-sensitivity", "privilege", "production", "blast-radius");
    assertThat(s.factors().stream().mapToInt(ScoreFactor::points).sum()).isEqualTo(s.score());
  }

  @Test
  void theScoreIsCappedAt100AndTheBlastRadiusAt10Points() {
    RiskScore s = RiskScorer.score(RuleSeverity.CRITICAL, new ContextFactors(true, true, true, true, 50), false);
    assertThat(s.score()).isEqualTo(100);
    assertThat(s.factors()).filteredOn(f -> f.name().equals("blast-radius")).singleElement()
        .extracting(ScoreFactor::points).isEqualTo(10);
  }

  @Test
  void anUnknownResultScoresHalfItsBase() {
    assertThat(RiskScorer.score(RuleSeverity.HIGH, ContextFactors.NONE, true).score()).isEqualTo(25);
  }

  @Test
  void theSameInputAlwaysGivesTheSameScore() {
    ContextFactors ctx = new ContextFactors(true, false, true, false, 2);
    assertThat(RiskScorer.score(RuleSeverity.LOW, ctx, false))
        .isEqualTo(RiskScorer.score(RuleSeverity.LOW, ctx, false));
  }
}
