package dev.aispm.rules.scoring;

import dev.aispm.rules.catalog.RuleSeverity;
import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic risk formula (documented in docs/scoring.md):
 *
 * <pre>
 * score = min(100, base(severity)
 *                  + 15 if internet-exposed
 *                  + 10 if sensitive data (secrets or personal data) is involved or reachable
 *                  + 10 if a privileged identity (admin or iam:PassRole) is involved
 *                  +  5 if tagged production
 *                  + min(10, 2 x data stores in the blast radius))
 * base: critical 70, high 50, medium 30, low 10, info 0
 * </pre>
 *
 * <p>Additive points keep every score explainable term by term; the cap keeps a critical
 * finding with all context at 100 rather than above the scale. An UNKNOWN result scores half its
 * base, since the risk may not exist.
 */
public final class RiskScorer {
  public static final int INTERNET = 15;
  public static final int SENSITIVE = 10;
  public static final int PRIVILEGED = 10;
  public static final int PRODUCTION = 5;
  public static final int BLAST_PER_STORE = 2;
  public static final int BLAST_MAX = 10;

  private RiskScorer() {}

  /** Scores a failing result of a rule of the given severity in the given context. */
  public static RiskScore score(RuleSeverity severity, ContextFactors ctx, boolean unknown) {
    List<ScoreFactor> factors = new ArrayList<>();
    int base = unknown ? severity.basePoints() / 2 : severity.basePoints();
    factors.add(new ScoreFactor("base", base, unknown
        ? "rule severity " + severity.id() + ", halved: the setting could not be read"
        : "rule severity " + severity.id()));
    if (ctx.internetExposed()) {
      factors.add(new ScoreFactor("internet-exposure", INTERNET, "reachable from the internet"));
    }
    if (ctx.sensitiveData()) {
      factors.add(new ScoreFactor("data-sensitivity", SENSITIVE, "secrets or personal data involved or reachable"));
    }
    if (ctx.privilegedIdentity()) {
      factors.add(new ScoreFactor("privilege", PRIVILEGED, "an identity with admin or role-passing rights is involved"));
    }
    if (ctx.production()) {
      factors.add(new ScoreFactor("production", PRODUCTION, "tagged as production"));
    }
    if (ctx.blastRadius() > 0) {
      int points = Math.min(BLAST_MAX, BLAST_PER_STORE * ctx.blastRadius());
      factors.add(new ScoreFactor("blast-radius", points, ctx.blastRadius() + " data store(s) reachable"));
    }
    int sum = factors.stream().mapToInt(ScoreFactor::points).sum();
    return new RiskScore(Math.min(100, sum), factors);
  }
}
