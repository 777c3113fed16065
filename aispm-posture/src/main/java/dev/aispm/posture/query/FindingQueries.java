package dev.aispm.posture.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.rules.findings.PathStep;
import dev.aispm.rules.findings.FindingStatus;
import dev.aispm.rules.scoring.ScoreFactor;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;

/**
 * The findings side of the graph, read as records: the risk queue in score order, one finding
 * with its resources, and the counts summaries and the trend record. "Open" means the statuses
 * {@link FindingStatus#active()} names, in every query here.
 */
public final class FindingQueries {
  /** Severities from worst to least, the order every count is given in. */
  public static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "info");

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  /** Evidence rows given per finding: enough to act on, bounded for a prefix with thousands of hits. */
  public static final int MAX_EVIDENCE = 200;

  private static final TypeReference<List<PathStep>> PATH = new TypeReference<>() { };
  private static final TypeReference<List<ScoreFactor>> FACTORS = new TypeReference<>() { };

  private final GraphConnection graph;

  public FindingQueries(GraphConnection graph) {
    this.graph = graph;
  }

  /**
   * Makes sure the queue's index exists: the queue is read in score order, and an index on score
   * lets each page start at its cursor and stop after a page instead of sorting every finding.
   */
  public void ensureIndexes() {
    try (Session s = graph.session()) {
      s.run("CREATE INDEX finding_score IF NOT EXISTS FOR (f:Finding) ON (f.score)").consume();
      s.run("CALL db.awaitIndexes(60)").consume();
    }
  }

  /** A page of the risk queue, highest score first. */
  public Slice<FindingView> page(FindingFilter f, int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("severity", f.severity());
    p.put("status", f.status());
    p.put("rule", f.rule());
    p.put("category", f.category());
    p.put("resource", f.resource());
    p.put("control", f.control());
    // Controls are stored as "framework:control", so a framework is a prefix of its controls.
    p.put("frameworkPrefix", f.framework() == null ? null : f.framework() + ":");
    p.put("provider", f.provider());
    p.put("afterScore", f.after() == null ? null : f.after().score());
    p.put("maxScore", f.after() == null ? Integer.MAX_VALUE : f.after().score());
    p.put("afterId", f.after() == null ? null : f.after().id());
    p.put("limit", limit + 1);
    try (Session s = graph.session()) {
      return Slice.of(s.run("""
          MATCH (f:Finding) USING INDEX f:Finding(score)
          WHERE f.score <= $maxScore
            AND ($severity IS NULL OR f.severity = $severity)
            AND ($status IS NULL OR f.status = $status)
            AND ($rule IS NULL OR f.ruleId = $rule)
            AND ($category IS NULL OR f.category = $category)
            AND ($resource IS NULL OR $resource IN f.resourceIds)
            AND ($control IS NULL OR $control IN f.controls)
            AND ($frameworkPrefix IS NULL OR any(c IN coalesce(f.controls, []) WHERE c STARTS WITH $frameworkPrefix))
            AND ($provider IS NULL OR EXISTS { (f)-[:AFFECTS]->(a:Asset) WHERE a.provider = $provider })
            AND ($afterScore IS NULL OR f.score < $afterScore OR (f.score = $afterScore AND f.id > $afterId))
          RETURN f ORDER BY f.score DESC, f.id LIMIT $limit
          """, p).list(r -> finding(r.get("f").asNode())), limit);
    }
  }

  /** One finding with the assets it affects, or empty when no finding has the id. */
  public Optional<FindingDetail> detail(String id) {
    try (Session s = graph.session()) {
      var rows = s.run("""
          MATCH (f:Finding {id: $id})
          OPTIONAL MATCH (f)-[:AFFECTS]->(a:Asset)
          RETURN f, collect(a) AS assets
          """, Map.of("id", id)).list();
      if (rows.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new FindingDetail(finding(rows.get(0).get("f").asNode()),
          rows.get(0).get("assets").asList(v -> AssetQueries.asset(v.asNode())),
          evidence(List.of(id)).getOrDefault(id, List.of())));
    }
  }

  /**
   * The content evidence behind findings: what the scanners found in the objects read under the
   * assets each finding affects, worst first, at most {@link #MAX_EVIDENCE} per finding.
   *
   * @param ids the findings, or null for every finding that has evidence
   * @return evidence by finding id; a finding without any is absent
   */
  public Map<String, List<ContentEvidence>> evidence(java.util.Collection<String> ids) {
    Map<String, List<ContentEvidence>> out = new LinkedHashMap<>();
    try (Session s = graph.session()) {
      s.executeRead(tx -> tx.run("""
          MATCH (f:Finding) WHERE $ids IS NULL OR f.id IN $ids
          MATCH (f)-[:AFFECTS]->(a:Asset)<-[:FOUND_IN]-(c:ContentFinding)
          WITH f, a, c ORDER BY f.id,
            CASE c.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 WHEN 'low' THEN 3 ELSE 4 END,
            c.objectUri, c.line, c.column
          WITH f, collect({asset: a.id, c: c})[..$max] AS ev
          RETURN f.id AS id, ev
          """, Map.of("ids", ids == null ? org.neo4j.driver.Values.NULL : org.neo4j.driver.Values.value(ids),
          "max", MAX_EVIDENCE)).list()).forEach(r -> out.put(r.get("id").asString(),
          r.get("ev").asList(v -> contentEvidence(v.get("asset").asString(null), v.get("c").asNode()))));
    }
    return out;
  }

  /** Every finding with its evidence, highest score first: the findings.json of a scan's report folder. */
  public List<FindingWithEvidence> allWithEvidence() {
    Map<String, List<ContentEvidence>> evidence = evidence(null);
    return all().stream().map(f -> new FindingWithEvidence(f, evidence.getOrDefault(f.id(), List.of()))).toList();
  }

  static ContentEvidence contentEvidence(String assetId, Node c) {
    String location = c.get("location").asString(null);
    String uri = c.get("objectUri").asString(null);
    return new ContentEvidence(assetId, uri == null ? location : uri, c.get("bucket").asString(null),
        c.get("key").asString(null), c.get("versionId").asString(null), c.get("etag").asString(null),
        ContentEvidence.memberOf(location), c.get("line").asLong(0), c.get("column").asLong(0),
        c.get("field").asString(null), c.get("ruleId").asString(null),
        ContentEvidence.kindOf(c.get("ruleId").asString(null)), c.get("severity").asString(null),
        c.get("message").asString(null), c.get("fingerprint").asString(null), c.get("preview").asString(null));
  }

  /** Every finding, highest score first. */
  public List<FindingView> all() {
    try (Session s = graph.session()) {
      return s.run("MATCH (f:Finding) RETURN f ORDER BY f.score DESC, f.id").list(r -> finding(r.get("f").asNode()));
    }
  }

  /** The open findings with the highest scores. */
  public List<FindingView> topOpen(int n) {
    try (Session s = graph.session()) {
      return s.run("""
          MATCH (f:Finding) WHERE f.status IN $active
          RETURN f ORDER BY f.score DESC, f.id LIMIT $n
          """, Map.of("n", n, "active", FindingStatus.active())).list(r -> finding(r.get("f").asNode()));
    }
  }

  /** Open finding counts by severity, worst first, every severity present. */
  public Map<String, Long> openBySeverity() {
    Map<String, Long> out = new LinkedHashMap<>();
    SEVERITIES.forEach(sev -> out.put(sev, 0L));
    try (Session s = graph.session()) {
      s.run("""
          MATCH (f:Finding) WHERE f.status IN $active
          RETURN f.severity AS sev, count(*) AS c
          """, Map.of("active", FindingStatus.active()))
          .forEachRemaining(r -> out.put(r.get("sev").asString(), r.get("c").asLong()));
    }
    return out;
  }

  /** Open finding counts by rule category, largest first. */
  public Map<String, Long> openByCategory() {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Session s = graph.session()) {
      s.run("""
          MATCH (f:Finding) WHERE f.status IN $active
          RETURN coalesce(f.category, 'uncategorised') AS cat, count(*) AS c ORDER BY c DESC, cat
          """, Map.of("active", FindingStatus.active()))
          .forEachRemaining(r -> out.put(r.get("cat").asString(), r.get("c").asLong()));
    }
    return out;
  }

  /** Finding counts by severity and status, every status included. */
  public List<FindingCount> countBySeverityAndStatus() {
    try (Session s = graph.session()) {
      return s.executeRead(tx -> tx.run("""
          MATCH (f:Finding) RETURN f.severity AS severity, f.status AS status, count(*) AS c
          ORDER BY severity, status
          """).list(r -> new FindingCount(r.get("severity").asString("unknown"), r.get("status").asString("unknown"),
          r.get("c").asLong())));
    }
  }

  /** The sum of the open findings' scores: one number that rises with both how many and how bad. */
  public long openScoreSum() {
    try (Session s = graph.session()) {
      return s.run("MATCH (f:Finding) WHERE f.status IN $active RETURN coalesce(sum(f.score), 0) AS s",
          Map.of("active", FindingStatus.active())).single().get("s").asLong();
    }
  }

  /** How findings moved since {@code since}: opened, resolved and reopened since, open now and then. */
  public PeriodChanges changesSince(java.time.Instant since) {
    java.time.ZonedDateTime t = since.atZone(java.time.ZoneOffset.UTC);
    try (Session s = graph.session()) {
      var r = s.run("""
          MATCH (f:Finding)
          RETURN count(CASE WHEN f.firstSeen >= $t THEN 1 END) AS opened,
                 count(CASE WHEN f.status = 'RESOLVED' AND f.resolvedAt >= $t THEN 1 END) AS resolved,
                 count(CASE WHEN f.reopenedAt >= $t THEN 1 END) AS reopened,
                 count(CASE WHEN f.status IN $active THEN 1 END) AS openNow
          """, Map.of("t", t, "active", FindingStatus.active())).single();
      var before = s.run("""
          MATCH (r:ScanRun) WHERE r.finishedAt < $t AND r.openTotal IS NOT NULL
          RETURN r.openTotal AS n ORDER BY r.finishedAt DESC LIMIT 1
          """, Map.of("t", t)).list(x -> x.get("n").asLong());
      return new PeriodChanges(r.get("opened").asLong(), r.get("resolved").asLong(), r.get("reopened").asLong(),
          r.get("openNow").asLong(), before.isEmpty() ? null : before.get(0));
    }
  }

  /** A finding node as a record, with its path and score factors read back from their JSON. */
  public static FindingView finding(Node f) {
    Suppression suppression = f.get("suppressionReason").isNull() ? null : new Suppression(
        f.get("suppressionReason").asString(), f.get("suppressedBy").asString(""),
        NodeValues.text(f.get("suppressedUntil")));
    return new FindingView(f.get("id").asString(), f.get("ruleId").asString(null), f.get("title").asString(null),
        f.get("severity").asString(null), f.get("category").asString(null), f.get("score").asInt(0),
        f.get("status").asString(null), f.get("result").asString(null), f.get("reason").asString(null),
        f.get("resourceId").asString(null), NodeValues.strings(f.get("resourceIds")),
        parse(f.get("path").asString("[]"), PATH), parse(f.get("scoreFactors").asString("[]"), FACTORS),
        NodeValues.strings(f.get("controls")), NodeValues.text(f.get("firstSeen")),
        NodeValues.text(f.get("lastSeen")), suppression);
  }

  private static <T> List<T> parse(String json, TypeReference<List<T>> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      // Written by the rule engine; a value it cannot have written is shown as no path, not a 500.
      return List.of();
    }
  }
}
