package dev.aispm.posture.notification.subject;

import dev.aispm.posture.query.FindingView;
import dev.aispm.rules.findings.PathStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A finding that opened or reopened in a scan, with what a message about it needs beyond the
 * finding: which cloud and account it is in (filters and the OCSF cloud object), the scan, and
 * the dashboard link.
 *
 * @param occurrence when it opened or reopened; with the route and the fingerprint it is the
 *                   dedupe key, so a finding that reopens later alerts again
 * @param link       the finding's page in the dashboard
 */
public record FindingAlert(FindingView finding, AlertEvent event, Instant occurrence, String scanId,
    String provider, String account, String region, String link) implements Notification {

  @Override
  public String kind() {
    return "finding";
  }

  /** The attack path as one line of text: {@code Internet -CAN_REACH-> notebook (Notebook) -> ...}. */
  public String pathText() {
    List<String> parts = new ArrayList<>();
    for (PathStep s : finding.path()) {
      if ("edge".equals(s.kind())) {
        parts.add("-" + s.type() + "->");
      } else {
        String name = s.name() == null || s.name().isBlank() ? s.id() : s.name();
        parts.add(s.type() == null ? name : name + " (" + s.type() + ")");
      }
    }
    return parts.isEmpty() ? "no attack path: the finding concerns " + finding.resourceId() : String.join(" ", parts);
  }
}
