package dev.aispm.scanners.policy;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.model.ModelFindings;
import java.util.Collection;

/**
 * What the content scanners' findings say about a model, in one place: the cloud scan stores it
 * as an artifact's {@code scanStatus} and {@code scan-files --policy} judges a file by it, so a
 * model file gets the same verdict in CI and in a cloud bucket. A critical model finding is
 * malicious, another model finding of medium or more suspicious, an unreadable model (or a high
 * archive finding) unparseable, and a scanner's limit not fully scanned.
 */
public final class ScanVerdictRule {
  private ScanVerdictRule() {}

  /** What one finding says about the model it was found in. */
  public static ScanVerdict of(ContentFinding f) {
    String rule = f.ruleId();
    if (rule.equals(ModelFindings.LIMIT_EXCEEDED)) {
      return ScanVerdict.NOT_FULLY_SCANNED;
    }
    if (rule.equals(ModelFindings.UNPARSEABLE) || rule.startsWith("archive.") && f.severity().atLeast(Severity.HIGH)) {
      return ScanVerdict.UNPARSEABLE;
    }
    if (rule.startsWith("model.") && f.severity().atLeast(Severity.CRITICAL)) {
      return ScanVerdict.MALICIOUS;
    }
    if (rule.startsWith("model.") && f.severity().atLeast(Severity.MEDIUM)) {
      return ScanVerdict.SUSPICIOUS;
    }
    return ScanVerdict.CLEAN;
  }

  /**
   * The worst of what each finding says, in the policy's order (clean < not fully scanned <
   * unparseable < suspicious < malicious): what a policy's {@code scan.block} is held against.
   */
  public static ScanVerdict worst(Collection<ContentFinding> findings) {
    ScanVerdict worst = ScanVerdict.CLEAN;
    for (ContentFinding f : findings) {
      ScanVerdict v = of(f);
      if (v.atLeast(worst)) {
        worst = v;
      }
    }
    return worst;
  }

  /**
   * The status of an artifact read within a budget. Only proven code execution outranks an
   * incomplete read: a model cut at the budget, or a folder whose budget ran out, is neither clean
   * nor proof of an attack, so it is not fully scanned before it is unparseable or suspicious.
   *
   * @param cut whether part of the artifact was left unread (an object cut at the per-object
   *            budget, objects skipped); a scanner's own limit counts as cut without it
   */
  public static ScanVerdict status(Collection<ContentFinding> findings, boolean cut) {
    boolean malicious = false;
    boolean incomplete = cut;
    boolean unparseable = false;
    boolean suspicious = false;
    for (ContentFinding f : findings) {
      switch (of(f)) {
        case MALICIOUS -> malicious = true;
        case NOT_FULLY_SCANNED -> incomplete = true;
        case UNPARSEABLE -> unparseable = true;
        case SUSPICIOUS -> suspicious = true;
        case CLEAN -> { }
      }
    }
    return malicious ? ScanVerdict.MALICIOUS : incomplete ? ScanVerdict.NOT_FULLY_SCANNED
        : unparseable ? ScanVerdict.UNPARSEABLE : suspicious ? ScanVerdict.SUSPICIOUS : ScanVerdict.CLEAN;
  }
}
