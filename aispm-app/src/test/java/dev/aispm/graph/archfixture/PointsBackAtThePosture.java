package dev.aispm.graph.archfixture;

import dev.aispm.posture.scan.ScanResult;

/**
 * A class placed in the graph module's package space that uses the posture core: the arrow the
 * architecture rules forbid. Only the architecture test imports it, to show the rule fails.
 */
public final class PointsBackAtThePosture {
  private PointsBackAtThePosture() {}

  public static String scanIdOf(ScanResult result) {
    return result.scanId();
  }
}
