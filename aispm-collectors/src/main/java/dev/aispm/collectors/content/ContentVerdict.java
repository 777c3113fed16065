package dev.aispm.collectors.content;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Summarises content findings into what the graph stores on an artifact or a data prefix: a model
 * verdict (clean, suspicious, malicious, unparseable) and secret and personal-data counts. Pure, so
 * the thresholds are unit-tested without a cloud.
 */
public record ContentVerdict(String status, int findingCount, String maxSeverity, String summary,
    int secretCount, int piiCount) {

  /** The verdict on one or more scanned objects' findings. */
  public static ContentVerdict of(List<ContentFinding> findings) {
    Optional<ContentFinding> worst = findings.stream().min(Comparator.comparing(ContentFinding::severity));
    boolean malicious = findings.stream().anyMatch(f -> f.ruleId().startsWith("model.")
        && !f.ruleId().equals("model.unparseable") && f.severity().atLeast(Severity.HIGH));
    boolean unparseable = findings.stream().anyMatch(f -> f.ruleId().equals("model.unparseable")
        || f.ruleId().startsWith("archive.") && f.severity().atLeast(Severity.HIGH));
    boolean suspicious = findings.stream().anyMatch(f -> f.ruleId().startsWith("model.")
        && f.severity().atLeast(Severity.MEDIUM));
    String status = malicious ? "malicious" : unparseable ? "unparseable" : suspicious ? "suspicious" : "clean";
    int secrets = (int) findings.stream().filter(f -> f.ruleId().startsWith("secret.")).count();
    int pii = findings.stream().filter(f -> f.ruleId().startsWith("pii."))
        .mapToInt(f -> count(f.details().get("count"))).sum();
    return new ContentVerdict(status, findings.size(),
        worst.map(f -> f.severity().name().toLowerCase(java.util.Locale.ROOT)).orElse(null),
        worst.map(ContentFinding::message).orElse(null), secrets, pii);
  }

  /** secrets, pii or none: how sensitive the scanned data is. */
  public String sensitivity() {
    return secretCount > 0 ? "secrets" : piiCount > 0 ? "pii" : "none";
  }

  private static int count(String value) {
    try {
      return value == null ? 1 : Math.max(1, Integer.parseInt(value));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
