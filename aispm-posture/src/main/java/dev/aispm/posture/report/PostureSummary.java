package dev.aispm.posture.report;

import dev.aispm.posture.query.FindingView;
import dev.aispm.posture.query.PostureReader;
import dev.aispm.posture.scan.ScanResult;
import dev.aispm.rules.scoring.ScoreFactor;
import dev.aispm.graph.scan.ScopeOutcome;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text summary printed at the end of a scan: assets by type, findings by severity, the top
 * risks with their score and why, and what failed. Written for a terminal and a CI log alike.
 */
public final class PostureSummary {
  private PostureSummary() {}

  public static void print(ScanResult scan, PostureReader posture, PrintStream out) {
    out.println();
    out.printf("Scan %s: %s in %.1f s%n", scan.scanId(), scan.status(),
        (scan.finishedAt().toEpochMilli() - scan.startedAt().toEpochMilli()) / 1000.0);
    Map<String, Long> assets = posture.assets().countByType();
    out.printf("%nAssets (%d)%n", assets.values().stream().mapToLong(Long::longValue).sum());
    assets.forEach((type, n) -> out.printf("  %-44s %6d%n", type, n));
    out.printf("%nOpen findings by severity%n");
    posture.findings().openBySeverity().forEach((sev, n) ->
        out.printf("  %-10s %6d%n", sev.toUpperCase(Locale.ROOT), n));
    List<FindingView> top = posture.findings().topOpen(5);
    out.printf("%nTop %d risks%n", top.size());
    int i = 1;
    for (FindingView f : top) {
      out.printf("  %d. [%3d] %-8s %s%n", i++, f.score(), String.valueOf(f.severity()).toUpperCase(Locale.ROOT),
          f.title());
      out.printf("         why: %s%n", f.reason());
      out.printf("         score: %s%n", factors(f.scoreFactors()));
    }
    List<ScopeOutcome> failures = scan.failures();
    if (!failures.isEmpty()) {
      out.printf("%nCollection failures (%d; these scopes were not cleaned up)%n", failures.size());
      for (ScopeOutcome o : failures) {
        out.printf("  %s %s: %s%s%n", o.scope().key(), o.resourceType() == null ? "(all types)" : o.resourceType(),
            o.operation() == null ? "" : o.operation() + ": ", o.error());
        if (o.missingPermission() != null) {
          out.printf("    missing permission: %s%n", o.missingPermission());
        }
      }
    }
    if (!scan.evaluation().errors().isEmpty()) {
      out.printf("%nRule errors (%d)%n", scan.evaluation().errors().size());
      scan.evaluation().errors().forEach(e -> out.printf("  %s%n", e.getMessage()));
    }
  }

  private static String factors(List<ScoreFactor> factors) {
    StringBuilder sb = new StringBuilder();
    for (ScoreFactor f : factors) {
      if (sb.length() > 0) {
        sb.append(" + ");
      }
      sb.append(f.name()).append(' ').append(f.points());
    }
    return sb.toString();
  }
}
