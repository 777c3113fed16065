package dev.aispm.scanners.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.model.ModelFindings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanVerdictRuleTest {
  private static ContentFinding f(String rule, Severity severity) {
    return new ContentFinding(rule, severity, "m", "s3://b/model.pt", 0, 0, Map.of());
  }

  private static final ContentFinding CODE_EXECUTION = f("model.pickle.dangerous-import", Severity.CRITICAL);
  private static final ContentFinding OFF_ALLOWLIST = f("model.pickle.unknown-callable", Severity.HIGH);
  private static final ContentFinding LIMIT = f(ModelFindings.LIMIT_EXCEEDED, Severity.MEDIUM);
  private static final ContentFinding UNREADABLE = f(ModelFindings.UNPARSEABLE, Severity.MEDIUM);
  private static final ContentFinding BAD_ZIP = f("archive.zip.overlapping-entries", Severity.HIGH);
  private static final ContentFinding SECRET = f("secret.aws-access-key", Severity.CRITICAL);

  @Test
  void eachFindingSaysOneThing() {
    assertThat(ScanVerdictRule.of(CODE_EXECUTION)).isEqualTo(ScanVerdict.MALICIOUS);
    assertThat(ScanVerdictRule.of(OFF_ALLOWLIST)).isEqualTo(ScanVerdict.SUSPICIOUS);
    assertThat(ScanVerdictRule.of(f("model.pickle.note", Severity.LOW))).isEqualTo(ScanVerdict.CLEAN);
    assertThat(ScanVerdictRule.of(LIMIT)).isEqualTo(ScanVerdict.NOT_FULLY_SCANNED);
    assertThat(ScanVerdictRule.of(f(ModelFindings.UNPARSEABLE, Severity.CRITICAL))).isEqualTo(ScanVerdict.UNPARSEABLE);
    assertThat(ScanVerdictRule.of(BAD_ZIP)).isEqualTo(ScanVerdict.UNPARSEABLE);
    assertThat(ScanVerdictRule.of(f("archive.zip.comment", Severity.MEDIUM))).isEqualTo(ScanVerdict.CLEAN);
    // Secrets in a model file are the data rules' business, not the model verdict's.
    assertThat(ScanVerdictRule.of(SECRET)).isEqualTo(ScanVerdict.CLEAN);
  }

  @Test
  void theGateTakesTheWorstInThePolicyOrder() {
    assertThat(ScanVerdictRule.worst(List.of())).isEqualTo(ScanVerdict.CLEAN);
    assertThat(ScanVerdictRule.worst(List.of(LIMIT, OFF_ALLOWLIST))).isEqualTo(ScanVerdict.SUSPICIOUS);
    assertThat(ScanVerdictRule.worst(List.of(UNREADABLE, LIMIT))).isEqualTo(ScanVerdict.UNPARSEABLE);
    assertThat(ScanVerdictRule.worst(List.of(OFF_ALLOWLIST, CODE_EXECUTION))).isEqualTo(ScanVerdict.MALICIOUS);
  }

  @Test
  void theStoredStatusPutsAnIncompleteReadBeforeEverythingButCodeExecution() {
    assertThat(ScanVerdictRule.status(List.of(), false)).isEqualTo(ScanVerdict.CLEAN);
    assertThat(ScanVerdictRule.status(List.of(), true)).isEqualTo(ScanVerdict.NOT_FULLY_SCANNED);
    assertThat(ScanVerdictRule.status(List.of(OFF_ALLOWLIST, LIMIT), false)).isEqualTo(ScanVerdict.NOT_FULLY_SCANNED);
    assertThat(ScanVerdictRule.status(List.of(OFF_ALLOWLIST), true)).isEqualTo(ScanVerdict.NOT_FULLY_SCANNED);
    assertThat(ScanVerdictRule.status(List.of(CODE_EXECUTION), true)).isEqualTo(ScanVerdict.MALICIOUS);
    assertThat(ScanVerdictRule.status(List.of(OFF_ALLOWLIST, UNREADABLE), false)).isEqualTo(ScanVerdict.UNPARSEABLE);
    assertThat(ScanVerdictRule.status(List.of(OFF_ALLOWLIST, SECRET), false)).isEqualTo(ScanVerdict.SUSPICIOUS);
  }
}
