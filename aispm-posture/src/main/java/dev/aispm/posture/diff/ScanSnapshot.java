package dev.aispm.posture.diff;

import java.util.Map;
import java.util.Set;

/**
 * The graph as one scan left it, reduced to what a comparison needs: each asset's id and a hash
 * of its properties, each relationship's key, each finding's severity and status. The graph
 * itself keeps only the latest state (a scan rewrites assets and findings in place), so this is
 * the only way to say later what an earlier scan saw.
 *
 * @param scanId the scan
 * @param assets property hash by asset id
 * @param edges relationship keys, {@code from\tTYPE\tto}
 * @param findings finding facts by finding id
 */
public record ScanSnapshot(String scanId, Map<String, String> assets, Set<String> edges,
    Map<String, FindingFact> findings) {

  public ScanSnapshot {
    assets = Map.copyOf(assets);
    edges = Set.copyOf(edges);
    findings = Map.copyOf(findings);
  }

  /**
   * What the snapshot keeps of a finding.
   *
   * @param severity rule severity
   * @param status OPEN, REOPENED, RESOLVED or SUPPRESSED
   * @param ruleId rule that raised it
   * @param resourceId main resource
   */
  public record FindingFact(String severity, String status, String ruleId, String resourceId) {}
}
