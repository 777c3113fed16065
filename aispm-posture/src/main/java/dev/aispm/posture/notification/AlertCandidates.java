package dev.aispm.posture.notification;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.posture.notification.subject.AlertEvent;
import dev.aispm.posture.notification.subject.FindingAlert;
import dev.aispm.posture.query.FindingQueries;
import dev.aispm.posture.query.FindingView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;

/**
 * The findings a scan opened or reopened. The finding store stamps {@code firstSeen} (on
 * creation), {@code reopenedAt} (when a resolved finding matches again) and {@code lastSeen}
 * with the scan's one tag time, so a finding is new in the scan that last saw it exactly when
 * its first sighting is that sighting, and reopened when its reopening is. A finding that was
 * open before and is still open matches neither and does not alert again.
 */
public final class AlertCandidates {
  private final GraphConnection graph;
  private final String dashboardUrl;

  public AlertCandidates(GraphConnection graph, String dashboardUrl) {
    this.graph = graph;
    this.dashboardUrl = dashboardUrl.endsWith("/") ? dashboardUrl.substring(0, dashboardUrl.length() - 1) : dashboardUrl;
  }

  public List<FindingAlert> of(String scanId) {
    try (Session s = graph.session()) {
      return s.executeRead(tx -> tx.run("""
          MATCH (f:Finding {lastScanId: $scan})
          WHERE f.status IN ['OPEN', 'REOPENED'] AND (f.firstSeen = f.lastSeen OR f.reopenedAt = f.lastSeen)
          RETURN f ORDER BY f.score DESC, f.id
          """, Map.of("scan", scanId)).list(r -> alert(r.get("f").asNode(), scanId)));
    }
  }

  private FindingAlert alert(Node n, String scanId) {
    FindingView f = FindingQueries.finding(n);
    boolean isNew = n.get("firstSeen").equals(n.get("lastSeen"));
    Instant at = n.get("lastSeen").asZonedDateTime().toInstant();
    String[] scope = n.get("scope").asString("").split("/", -1);
    return new FindingAlert(f, isNew ? AlertEvent.NEW : AlertEvent.REOPENED, at, scanId,
        part(scope, 0), part(scope, 1), part(scope, 2), findingLink(f.id()));
  }

  /** The finding's page in the dashboard. */
  public String findingLink(String id) {
    return dashboardUrl + "/#/finding/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  /** The dashboard's findings page. */
  public String findingsPage() {
    return dashboardUrl + "/#/findings";
  }

  private static String part(String[] parts, int i) {
    return i < parts.length && !parts[i].isEmpty() ? parts[i] : null;
  }
}
