package dev.aispm.api.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.graph.connect.GraphConnection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * Reads the posture out of the graph as plain maps: the inventory, the findings, and the counts a
 * summary shows. Reports and the API render these, so both show the same numbers.
 */
public final class PostureQueries {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final GraphConnection graph;

  public PostureQueries(GraphConnection graph) {
    this.graph = graph;
  }

  /** Every collected asset (stubs for resources outside the scan excluded), ordered by id. */
  public List<Map<String, Object>> inventory() {
    try (Session s = graph.session()) {
      return s.run("""
          MATCH (n:Asset) WHERE n.stub IS NULL AND NOT n:Internet
          RETURN n ORDER BY n.id
          """).list(r -> asset(r.get("n").asNode()));
    }
  }

  /** Asset counts by type, largest first. */
  public Map<String, Long> assetsByType() {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Session s = graph.session()) {
      s.run("""
          MATCH (n:Asset) WHERE n.stub IS NULL AND NOT n:Internet
          RETURN n.type AS type, count(*) AS c ORDER BY c DESC, type
          """).forEachRemaining(r -> out.put(r.get("type").asString(), r.get("c").asLong()));
    }
    return out;
  }

  /** Asset counts by provider, largest first. */
  public Map<String, Long> assetsByProvider() {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Session s = graph.session()) {
      s.run("""
          MATCH (n:Asset) WHERE n.stub IS NULL AND NOT n:Internet
          RETURN coalesce(n.provider, 'unknown') AS provider, count(*) AS c ORDER BY c DESC, provider
          """).forEachRemaining(r -> out.put(r.get("provider").asString(), r.get("c").asLong()));
    }
    return out;
  }

  /** Open (and reopened) finding counts by rule category, largest first. */
  public Map<String, Long> openFindingsByCategory() {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Session s = graph.session()) {
      s.run("""
          MATCH (f:Finding) WHERE f.status IN ['OPEN', 'REOPENED']
          RETURN coalesce(f.category, 'uncategorised') AS cat, count(*) AS c ORDER BY c DESC, cat
          """).forEachRemaining(r -> out.put(r.get("cat").asString(), r.get("c").asLong()));
    }
    return out;
  }

  /**
   * The risk trend: per finished scan, oldest first, the open findings by severity that the scan
   * left behind (recorded on the scan when its rule pass ended; scans from before that was recorded
   * are left out rather than shown as zero).
   */
  public List<Map<String, Object>> trend(int scans) {
    try (Session s = graph.session()) {
      return s.run("""
          MATCH (r:ScanRun) WHERE r.openTotal IS NOT NULL
          WITH r ORDER BY r.id DESC LIMIT $n
          RETURN r ORDER BY r.id
          """, Map.of("n", scans)).list(rec -> {
            Node r = rec.get("r").asNode();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scanId", r.get("id").asString());
            m.put("finishedAt", plain(r.get("finishedAt")));
            m.put("status", r.get("status").asString(null));
            Map<String, Object> open = new LinkedHashMap<>();
            for (String sev : List.of("critical", "high", "medium", "low", "info")) {
              open.put(sev, r.get("open_" + sev).asLong(0));
            }
            m.put("open", open);
            m.put("openTotal", r.get("openTotal").asLong(0));
            m.put("riskScore", r.get("openScoreSum").asLong(0));
            return m;
          });
    }
  }

  /**
   * The counts a scan records on its run for the trend: open findings by severity, their total, and
   * the sum of their scores (one number that rises with both how many and how bad).
   */
  public Map<String, Object> openCounts() {
    Map<String, Object> m = new LinkedHashMap<>();
    long total = 0;
    for (Map.Entry<String, Long> e : openFindingsBySeverity().entrySet()) {
      m.put("open_" + e.getKey(), e.getValue());
      total += e.getValue();
    }
    m.put("openTotal", total);
    try (Session s = graph.session()) {
      m.put("openScoreSum", s.run("""
          MATCH (f:Finding) WHERE f.status IN ['OPEN', 'REOPENED'] RETURN coalesce(sum(f.score), 0) AS s
          """).single().get("s").asLong());
    }
    return m;
  }

  /** Open (and reopened) finding counts by rule severity, critical first. */
  public Map<String, Long> openFindingsBySeverity() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String sev : List.of("critical", "high", "medium", "low", "info")) {
      out.put(sev, 0L);
    }
    try (Session s = graph.session()) {
      s.run("""
          MATCH (f:Finding) WHERE f.status IN ['OPEN', 'REOPENED']
          RETURN f.severity AS sev, count(*) AS c
          """).forEachRemaining(r -> out.put(r.get("sev").asString(), r.get("c").asLong()));
    }
    return out;
  }

  /** Every finding, highest score first. */
  public List<Map<String, Object>> findings() {
    try (Session s = graph.session()) {
      return s.run("MATCH (f:Finding) RETURN f ORDER BY f.score DESC, f.id")
          .list(r -> finding(r.get("f").asNode()));
    }
  }

  /** The open findings with the highest scores. */
  public List<Map<String, Object>> topRisks(int n) {
    try (Session s = graph.session()) {
      return s.run("""
          MATCH (f:Finding) WHERE f.status IN ['OPEN', 'REOPENED']
          RETURN f ORDER BY f.score DESC, f.id LIMIT $n
          """, Map.of("n", n)).list(r -> finding(r.get("f").asNode()));
    }
  }

  /** An asset node as a map: the common fields, then every other property under "properties". */
  public static Map<String, Object> asset(Node n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", n.get("id").asString());
    m.put("provider", n.get("provider").asString(null));
    m.put("account", n.get("account").asString(null));
    m.put("region", n.get("region").asString(null));
    m.put("type", n.get("type").asString(null));
    m.put("name", n.get("name").asString(null));
    m.put("labels", labels(n));
    Map<String, Object> props = new LinkedHashMap<>();
    for (String key : n.keys()) {
      if (!List.of("id", "provider", "account", "region", "type", "name", "scope", "stub").contains(key)) {
        props.put(key, plain(n.get(key)));
      }
    }
    m.put("firstSeen", props.remove("firstSeen"));
    m.put("lastSeen", props.remove("lastSeen"));
    m.put("lastScanId", props.remove("lastScanId"));
    m.put("properties", props);
    return m;
  }

  /** A finding node as a map, with its path and score factors parsed back from JSON. */
  public static Map<String, Object> finding(Node f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.get("id").asString());
    m.put("ruleId", f.get("ruleId").asString(null));
    m.put("title", f.get("title").asString(null));
    m.put("severity", f.get("severity").asString(null));
    m.put("category", f.get("category").asString(null));
    m.put("score", f.get("score").asInt(0));
    m.put("status", f.get("status").asString(null));
    m.put("result", f.get("result").asString(null));
    m.put("reason", f.get("reason").asString(null));
    m.put("resourceId", f.get("resourceId").asString(null));
    m.put("resourceIds", f.get("resourceIds").isNull() ? List.of() : f.get("resourceIds").asList(Value::asString));
    m.put("path", parse(f.get("path").asString("[]")));
    m.put("scoreFactors", parse(f.get("scoreFactors").asString("[]")));
    m.put("controls", f.get("controls").isNull() ? List.of() : f.get("controls").asList(Value::asString));
    m.put("firstSeen", plain(f.get("firstSeen")));
    m.put("lastSeen", plain(f.get("lastSeen")));
    m.put("suppression", f.get("suppressionReason").isNull() ? null : Map.of(
        "reason", f.get("suppressionReason").asString(),
        "by", f.get("suppressedBy").asString(""),
        "until", String.valueOf(plain(f.get("suppressedUntil")))));
    return m;
  }

  private static List<String> labels(Node n) {
    List<String> out = new ArrayList<>();
    n.labels().forEach(out::add);
    return out;
  }

  static Object plain(Value v) {
    if (v == null || v.isNull()) {
      return null;
    }
    return switch (v.type().name()) {
      case "DATE_TIME", "LOCAL_DATE_TIME", "DATE", "TIME", "LOCAL_TIME", "DURATION" -> v.asObject().toString();
      case "LIST OF ANY?", "LIST" -> v.asList(PostureQueries::plain);
      default -> v.asObject();
    };
  }

  private static Object parse(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      return List.of();
    }
  }
}
