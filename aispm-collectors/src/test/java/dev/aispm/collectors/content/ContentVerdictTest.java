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
}
