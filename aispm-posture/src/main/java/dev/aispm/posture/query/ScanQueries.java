package dev.aispm.posture.query;

import dev.aispm.graph.connect.GraphConnection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;

/**
 * Scan history as records: the risk trend, and the open counts a scan records on its run when its
 * rule pass ends. Counting afterwards cannot tell what was open at an earlier scan, because
 * suppressions and resolutions rewrite findings in place, so the trend reads what each scan
 * recorded.
 */
public final class ScanQueries {
  private final GraphConnection graph;

  public ScanQueries(GraphConnection graph) {
    this.graph = graph;
  }

  /**
   * Per finished scan, oldest first, the open findings it left behind; scans from before these
   * counts were recorded are left out rather than shown as zero.
   */
  public List<TrendPoint> trend(int scans) {
    try (Session s = graph.session()) {
      return s.run("""
          MATCH (r:ScanRun) WHERE r.openTotal IS NOT NULL
          WITH r ORDER BY r.id DESC LIMIT $n
          RETURN r ORDER BY r.id
          """, Map.of("n", scans)).list(rec -> point(rec.get("r").asNode()));
    }
  }

  private static TrendPoint point(Node r) {
    Map<String, Long> open = new LinkedHashMap<>();
    for (String sev : FindingQueries.SEVERITIES) {
      open.put(sev, r.get("open_" + sev).asLong(0));
    }
    return new TrendPoint(r.get("id").asString(), NodeValues.text(r.get("finishedAt")), r.get("status").asString(null),
        open, r.get("openTotal").asLong(0), r.get("openScoreSum").asLong(0));
  }

  /**
   * The counts a scan records on its run for the trend, as run properties: {@code open_<severity>},
   * {@code openTotal} and {@code openScoreSum}.
   */
  public static Map<String, Object> openCounts(FindingQueries findings) {
    Map<String, Object> m = new LinkedHashMap<>();
    long total = 0;
    for (Map.Entry<String, Long> e : findings.openBySeverity().entrySet()) {
      m.put("open_" + e.getKey(), e.getValue());
      total += e.getValue();
    }
    m.put("openTotal", total);
    m.put("openScoreSum", findings.openScoreSum());
    return m;
  }
}
