package dev.aispm.posture.query;

import dev.aispm.graph.connect.GraphConnection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;

/**
 * Scan history as records: the risk trend, and the open counts a scan records on its run when its
 * rule pass ends. Counting afterwards cannot tell what was open at an earlier scan, because
 * suppressions and resolutions rewrite findings in place, so the trend reads what each scan
 * recorded.
 */
public final class ScanQueries {
  /** Outcomes a scan's detail lists at most. */
  public static final int MAX_OUTCOMES = 500;
  /** Distinct errors listed per provider. */
  public static final int MAX_ERRORS_PER_COLLECTOR = 50;

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

  /** A page of scans, newest first, optionally of one status, starting before {@code beforeId}. */
  public Slice<ScanRunView> page(String status, String beforeId, int limit) {
    Map<String, Object> p = new java.util.HashMap<>();
    p.put("status", status);
    p.put("before", beforeId);
    p.put("limit", limit + 1);
    try (Session s = graph.session()) {
      return Slice.of(s.run("""
          MATCH (r:ScanRun)
          WHERE ($status IS NULL OR r.status = $status) AND ($before IS NULL OR r.id < $before)
          RETURN r ORDER BY r.id DESC LIMIT $limit
          """, p).list(r -> run(r.get("r").asNode())), limit);
    }
  }

  /** The newest finished scan with its outcomes; empty before the first scan finished. */
  public Optional<ScanDetail> latestFinished() {
    try (Session s = graph.session()) {
      List<String> ids = s.run("""
          MATCH (r:ScanRun) WHERE r.finishedAt IS NOT NULL RETURN r.id AS id ORDER BY r.finishedAt DESC LIMIT 1
          """).list(r -> r.get("id").asString());
      return ids.isEmpty() ? Optional.empty() : detail(ids.get(0));
    }
  }

  /** One scan with its outcomes, failures first; empty when no scan has the id. */
  public Optional<ScanDetail> detail(String id) {
    try (Session s = graph.session()) {
      var rows = s.run("""
          MATCH (r:ScanRun {id: $id})
          OPTIONAL MATCH (r)-[:HAS_OUTCOME]->(o:ScanOutcome)
          WITH r, o ORDER BY o.succeeded, o.scope, o.resourceType
          RETURN r, collect(o) AS outcomes
          """, Map.of("id", id)).list();
      if (rows.isEmpty()) {
        return Optional.empty();
      }
      List<ScanOutcomeView> outcomes = rows.get(0).get("outcomes").asList(v -> outcome(v.asNode()));
      return Optional.of(new ScanDetail(run(rows.get(0).get("r").asNode()), collectors(outcomes),
          outcomes.subList(0, Math.min(MAX_OUTCOMES, outcomes.size())), outcomes.size() > MAX_OUTCOMES));
    }
  }

  /** Per provider, in the order the outcomes list them: steps, failures, resources, time, distinct errors. */
  static List<CollectorSummary> collectors(List<ScanOutcomeView> outcomes) {
    Map<String, List<ScanOutcomeView>> byProvider = new LinkedHashMap<>();
    outcomes.forEach(o -> byProvider.computeIfAbsent(String.valueOf(o.provider()), k -> new ArrayList<>()).add(o));
    List<CollectorSummary> out = new ArrayList<>();
    byProvider.forEach((provider, list) -> out.add(new CollectorSummary(provider, list.size(),
        list.stream().filter(o -> !o.succeeded()).count(), list.stream().mapToLong(ScanOutcomeView::count).sum(),
        list.stream().mapToLong(ScanOutcomeView::durationMs).sum(),
        list.stream().filter(o -> !o.succeeded()).limit(MAX_ERRORS_PER_COLLECTOR).toList())));
    return out;
  }

  static ScanRunView run(Node r) {
    Map<String, Long> open = null;
    if (!r.get("openTotal").isNull()) {
      open = new LinkedHashMap<>();
      for (String sev : FindingQueries.SEVERITIES) {
        open.put(sev, r.get("open_" + sev).asLong(0));
      }
    }
    return new ScanRunView(r.get("id").asString(), r.get("status").asString(null), r.get("trigger").asString(null),
        r.get("providers").isNull() ? null : NodeValues.strings(r.get("providers")), r.get("scope").asString(null),
        r.get("requestedBy").asString(null), r.get("error").asString(null), NodeValues.text(r.get("queuedAt")),
        NodeValues.text(r.get("startedAt")), NodeValues.text(r.get("finishedAt")), number(r, "findingCount"),
        number(r, "resolvedCount"), number(r, "staleNodesRemoved"), number(r, "staleRelationshipsRemoved"),
        number(r, "ruleErrors"), number(r, "failureCount"), number(r, "outcomeCount"), open,
        number(r, "openTotal"), number(r, "openScoreSum"));
  }

  static ScanOutcomeView outcome(Node o) {
    return new ScanOutcomeView(o.get("scope").asString(null), o.get("provider").asString(null),
        o.get("account").asString(null), o.get("region").asString(null), o.get("resourceType").asString(null),
        o.get("succeeded").asBoolean(false), o.get("count").asLong(0), o.get("durationMs").asLong(0),
        o.get("operation").asString(null), o.get("error").asString(null), o.get("missingPermission").asString(null));
  }

  private static Long number(Node n, String key) {
    return n.get(key).isNull() ? null : n.get(key).asLong();
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
