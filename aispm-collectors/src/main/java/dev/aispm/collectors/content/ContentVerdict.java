package dev.aispm.collectors.content;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.model.ModelFindings;
import dev.aispm.scanners.policy.ScanVerdictRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Summarises content findings into what the graph stores on an artifact or a data prefix: a model
 * verdict (clean, suspicious, malicious, unparseable, not fully scanned), secret and personal-data
 * counts with the objects that hold them, and whether everything was read. Pure, so the thresholds
 * are unit-tested without a cloud.
 *
 * <p>Only a dangerous finding makes an artifact malicious. An artifact larger than the budget,
 * or a model folder whose budget ran out, is "not fully scanned" unless what was read is
 * already malicious: a cut file is neither clean nor proof of an attack.
 *
 * @param objectsRead          objects the scanners read
 * @param objectsSkipped       objects left unread because the budget ran out
 * @param objectsPartlyScanned objects read only up to the per-object budget or a scanner's limit
 * @param bytesRead            bytes read over all objects
 * @param size                 total size of the objects read, -1 when a store did not say
 * @param objectsWithSecrets   URIs of the objects holding a secret, at most {@link #MAX_OBJECTS_LISTED}
 * @param objectsWithPii       URIs of the objects holding personal data, at most {@link #MAX_OBJECTS_LISTED}
 */
public record ContentVerdict(String status, int findingCount, String maxSeverity, String summary,
    int secretCount, int piiCount, int objectsRead, int objectsSkipped, int objectsPartlyScanned,
    long bytesRead, long size, List<String> objectsWithSecrets, List<String> objectsWithPii) {

  /** Objects named per list on a prefix: enough to act on, bounded so the node stays small. */
  public static final int MAX_OBJECTS_LISTED = 50;

  /** The verdict on the findings of content read as a whole, e.g. a local file (nothing skipped, nothing cut). */
  public static ContentVerdict of(List<ContentFinding> findings) {
    return of(List.of(new ScannedObject("content", null, null, null, null, -1, 0, false, findings)), 0);
  }

  /**
   * The verdict on the objects read under one artifact or prefix.
   *
   * @param skipped objects known to exist under it that the budget left unread
   */
  public static ContentVerdict of(List<ScannedObject> objects, int skipped) {
    List<ContentFinding> findings = new ArrayList<>();
    List<String> withSecrets = new ArrayList<>();
    List<String> withPii = new ArrayList<>();
    int partly = 0;
    long bytes = 0;
    long size = 0;
    for (ScannedObject o : objects) {
      List<ContentFinding> reported = o.reportedFindings();
      findings.addAll(reported);
      // Cut at the cloud budget, or stopped by a scanner's own limit: either way not all was judged.
      boolean cut = o.truncated() || reported.stream().anyMatch(f -> f.ruleId().equals(ModelFindings.LIMIT_EXCEEDED));
      partly += cut ? 1 : 0;
      bytes += o.bytesRead();
      size = size < 0 || o.size() < 0 ? -1 : size + o.size();
      if (reported.stream().anyMatch(f -> f.ruleId().startsWith("secret.")) && withSecrets.size() < MAX_OBJECTS_LISTED) {
        withSecrets.add(o.uri());
      }
      if (reported.stream().anyMatch(f -> f.ruleId().startsWith("pii.")) && withPii.size() < MAX_OBJECTS_LISTED) {
        withPii.add(o.uri());
      }
    }
    Optional<ContentFinding> worst = findings.stream().min(Comparator.comparing(ContentFinding::severity));
    // The same rule scan-files --policy judges a file by: a callable off the model allowlist is
    // high, so suspicious; only known code execution (critical) is malicious.
    String status = ScanVerdictRule.status(findings, partly > 0 || skipped > 0).label();
    int secrets = (int) findings.stream().filter(f -> f.ruleId().startsWith("secret.")).count();
    int pii = findings.stream().filter(f -> f.ruleId().startsWith("pii."))
        .mapToInt(f -> count(f.details().get("count"))).sum();
    return new ContentVerdict(status, findings.size(),
        worst.map(f -> f.severity().name().toLowerCase(Locale.ROOT)).orElse(null),
        worst.map(ContentFinding::message).orElse(null), secrets, pii, objects.size(), skipped, partly, bytes, size,
        List.copyOf(withSecrets), List.copyOf(withPii));
  }

  /** Whether every object was read in full. */
  public boolean complete() {
    return objectsSkipped == 0 && objectsPartlyScanned == 0;
  }

  /**
   * secrets, pii, none or unknown: how sensitive the scanned data is. "none" needs every object
   * read in full; what was not read may hold anything.
   */
  public String sensitivity() {
    return secretCount > 0 ? "secrets" : piiCount > 0 ? "pii" : complete() ? "none" : "unknown";
  }

  private static int count(String value) {
    try {
      return value == null ? 1 : Math.max(1, Integer.parseInt(value));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
