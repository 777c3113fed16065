package dev.aispm.posture.report;

import dev.aispm.posture.query.FindingView;
import dev.aispm.posture.query.PostureReader;
import dev.aispm.posture.query.ScanDetail;
import dev.aispm.posture.query.ScanOutcomeView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@link PostureReport} from the graph through the typed queries: the same numbers the
 * dashboard and the API show. Used by the {@code report} command, the scheduled reports and
 * {@code GET /api/v1/reports/latest}.
 */
public final class PostureReportBuilder {
  /** Top risks a report draws. */
  public static final int TOP_RISKS = 10;
  /** Collection failures a report lists. */
  public static final int MAX_FAILURES = 50;

  private final PostureReader posture;
  private final ComplianceReport compliance;
  private final Clock clock;

  public PostureReportBuilder(PostureReader posture, ComplianceReport compliance, Clock clock) {
    this.posture = posture;
    this.compliance = compliance;
    this.clock = clock;
  }

  /** The report over the period that ends now and began {@code period} ago. */
  public PostureReport build(Duration period) {
    Instant now = clock.instant();
    Instant since = now.minus(period);
    Map<String, Long> bySeverity = new LinkedHashMap<>();
    Map<String, Long> open = posture.findings().openBySeverity();
    for (String sev : List.of("critical", "high", "medium", "low", "info")) {
      bySeverity.put(sev, open.getOrDefault(sev, 0L));
    }
    Optional<ScanDetail> last = posture.scans().latestFinished();
    List<ScanOutcomeView> failures = last.map(d -> d.outcomes().stream().filter(o -> !o.succeeded())
        .limit(MAX_FAILURES).toList()).orElse(List.of());
    List<FindingView> top = posture.findings().topOpen(TOP_RISKS);
    return new PostureReport(now, since, posture.assets().aiInventory(), bySeverity,
        posture.findings().openByCategory(), posture.findings().changesSince(since),
        top, compliance.frameworks(), last.map(ScanDetail::run).orElse(null),
        failures, posture.findings().evidence(top.stream().map(FindingView::id).toList()));
  }

  /** Parses a period such as {@code 7d}, {@code 12h}, {@code 30m} or an ISO-8601 duration. */
  public static Duration period(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      if (t.matches("\\d{1,5}[dhm]")) {
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
          case 'd' -> Duration.ofDays(n);
          case 'h' -> Duration.ofHours(n);
          default -> Duration.ofMinutes(n);
        };
      }
      Duration d = Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("must be positive");
      }
      return d;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("a period looks like 7d, 24h, 30m or P7D, was " + text);
    }
  }
}
