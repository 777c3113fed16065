package dev.aispm.collectors.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentVerdictTest {
  static ContentFinding f(String rule, Severity sev, Map<String, String> details) {
    return new ContentFinding(rule, sev, rule + " found", "s3://b/k", 1, 1, details);
  }

  @Test
  void aDangerousImportMakesAnArtifactMalicious() {
    ContentVerdict v = ContentVerdict.of(List.of(f("model.pickle.dangerous-global", Severity.CRITICAL, Map.of()),
        f("model.pickle.unknown-global", Severity.LOW, Map.of())));
    assertThat(v.status()).isEqualTo("malicious");
    assertThat(v.maxSeverity()).isEqualTo("critical");
    assertThat(v.summary()).isEqualTo("model.pickle.dangerous-global found");
  }

  @Test
  void aCallableOffTheAllowlistMakesAnArtifactSuspiciousNotMalicious() {
    ContentVerdict v = ContentVerdict.of(List.of(f("model.pickle.unknown-global", Severity.HIGH, Map.of())));
    assertThat(v.status()).isEqualTo("suspicious");
    assertThat(v.maxSeverity()).isEqualTo("high");
  }

  @Test
  void lowSeverityUnknownsAloneLeaveAnArtifactClean() {
    assertThat(ContentVerdict.of(List.of(f("model.pickle.unknown-global", Severity.LOW, Map.of()))).status())
        .isEqualTo("clean");
    assertThat(ContentVerdict.of(List.of()).status()).isEqualTo("clean");
  }

  @Test
  void anUnparseableModelIsNotCalledClean() {
    assertThat(ContentVerdict.of(List.of(f("model.unparseable", Severity.MEDIUM, Map.of()))).status())
        .isEqualTo("unparseable");
  }

  @Test
  void secretsAndPersonalDataAreCountedWithPiiTallies() {
    ContentVerdict v = ContentVerdict.of(List.of(
        f("secret.aws-access-key", Severity.CRITICAL, Map.of("fingerprint", "ab", "preview", "AKIA****")),
        f("secret.aws-secret-key", Severity.CRITICAL, Map.of()),
        f("pii.email", Severity.MEDIUM, Map.of("count", "4")),
        f("pii.payment-card", Severity.HIGH, Map.of("count", "2"))));
    assertThat(v.secretCount()).isEqualTo(2);
    assertThat(v.piiCount()).isEqualTo(6);
    assertThat(v.sensitivity()).isEqualTo("secrets");
    assertThat(ContentVerdict.of(List.of(f("pii.email", Severity.MEDIUM, Map.of("count", "1")))).sensitivity())
        .isEqualTo("pii");
  }

  static ScannedObject object(String key, long size, long read, boolean truncated, ContentFinding... findings) {
    return new ScannedObject("s3://b/" + key, "b", key, "v1", "etag", size, read, truncated, List.of(findings));
  }

  @Test
  void aModelCutAtTheBudgetIsNotFullyScannedNotUnparseable() {
    // A pickle cut mid-stream looks broken to its parser; that is the cut speaking, not the model.
    ContentVerdict v = ContentVerdict.of(List.of(object("model.pkl", 9_000_000_000L, 64L << 20, true,
        f("model.unparseable", Severity.MEDIUM, Map.of()),
        f("model.limit-exceeded", Severity.MEDIUM, Map.of()))), 0);
    assertThat(v.status()).isEqualTo("not-fully-scanned");
    assertThat(v.bytesRead()).isEqualTo(64L << 20);
    assertThat(v.size()).isEqualTo(9_000_000_000L);
    assertThat(v.objectsPartlyScanned()).isEqualTo(1);
    ScannedObject cut = object("model.pkl", 9_000_000_000L, 64L << 20, true,
        f("model.unparseable", Severity.MEDIUM, Map.of()));
    assertThat(cut.reportedFindings()).extracting(ContentFinding::ruleId).containsExactly("content.not-fully-scanned");
    assertThat(cut.reportedFindings().get(0).details()).containsEntry("bytesRead", String.valueOf(64L << 20))
        .containsEntry("size", "9000000000");
  }

  @Test
  void aDangerousImportInTheReadPartStillMakesACutModelMalicious() {
    ContentVerdict v = ContentVerdict.of(List.of(object("model.pkl", 9_000_000_000L, 64L << 20, true,
        f("model.pickle.dangerous-global", Severity.CRITICAL, Map.of()),
        f("model.unparseable", Severity.MEDIUM, Map.of()))), 0);
    assertThat(v.status()).isEqualTo("malicious");
  }

  @Test
  void aScannerLimitIsNotSuspicionButAnIncompleteScan() {
    ContentVerdict v = ContentVerdict.of(List.of(object("m.zip", 100, 100, false,
        f("model.limit-exceeded", Severity.MEDIUM, Map.of()))), 0);
    assertThat(v.status()).isEqualTo("not-fully-scanned");
    assertThat(v.complete()).isFalse();
  }

  @Test
  void aFullyReadObjectKeepsItsParserVerdict() {
    assertThat(ContentVerdict.of(List.of(object("m.pkl", 100, 100, false,
        f("model.unparseable", Severity.MEDIUM, Map.of()))), 0).status()).isEqualTo("unparseable");
  }

  @Test
  void aPrefixWithObjectsLeftUnreadIsNeverFreeOfSecrets() {
    ContentVerdict partial = ContentVerdict.of(List.of(object("a.jsonl", 10, 10, false)), 3);
    assertThat(partial.secretCount()).isZero();
    assertThat(partial.complete()).isFalse();
    assertThat(partial.objectsSkipped()).isEqualTo(3);
    assertThat(partial.sensitivity()).isEqualTo("unknown");
    ContentVerdict whole = ContentVerdict.of(List.of(object("a.jsonl", 10, 10, false)), 0);
    assertThat(whole.complete()).isTrue();
    assertThat(whole.sensitivity()).isEqualTo("none");
  }

  @Test
  void theObjectsHoldingSecretsAndPersonalDataAreNamed() {
    ContentVerdict v = ContentVerdict.of(List.of(
        object("a.jsonl", 10, 10, false, f("secret.aws-access-key", Severity.CRITICAL, Map.of())),
        object("b.jsonl", 10, 10, false, f("pii.email", Severity.MEDIUM, Map.of("count", "2"))),
        object("c.jsonl", 10, 10, false)), 0);
    assertThat(v.objectsWithSecrets()).containsExactly("s3://b/a.jsonl");
    assertThat(v.objectsWithPii()).containsExactly("s3://b/b.jsonl");
    assertThat(v.objectsRead()).isEqualTo(3);
  }
}
