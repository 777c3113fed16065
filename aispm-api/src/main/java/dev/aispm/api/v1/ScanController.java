package dev.aispm.api.v1;

import dev.aispm.graph.connect.GraphConnection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Scan history with per-scope outcomes: what ran, how long, what failed and why. */
@RestController
@RequestMapping("/api/v1/scans")
public class ScanController {
  private final GraphConnection graph;

  public ScanController(GraphConnection graph) {
    this.graph = graph;
  }

  @GetMapping
  public Map<String, Object> list(@RequestParam(required = false) Integer limit) {
    int n = Limits.check(limit);
    try (Session s = graph.session()) {
      List<Map<String, Object>> runs = s.run("""
          MATCH (r:ScanRun) RETURN r ORDER BY r.startedAt DESC LIMIT $limit
          """, Map.of("limit", n)).list(r -> run(r.get("r").asNode()));
      return Map.of("items", runs, "limit", n);
    }
  }

  @GetMapping("/{id}")
  public Map<String, Object> get(@PathVariable String id) {
    try (Session s = graph.session()) {
      var rows = s.run("""
          MATCH (r:ScanRun {id: $id})
          OPTIONAL MATCH (r)-[:HAS_OUTCOME]->(o:ScanOutcome)
          RETURN r, collect(o) AS outcomes
          """, Map.of("id", id)).list();
      if (rows.isEmpty()) {
        throw new NotFoundException("scan " + id);
      }
      Map<String, Object> out = run(rows.get(0).get("r").asNode());
      out.put("outcomes", rows.get(0).get("outcomes").asList(v -> {
        Map<String, Object> m = new HashMap<>(v.asNode().asMap());
        return m;
      }));
      return out;
    }
  }

  static Map<String, Object> run(org.neo4j.driver.types.Node r) {
    Map<String, Object> m = new HashMap<>();
    r.keys().forEach(k -> {
      Object v = r.get(k).asObject();
      m.put(k, v instanceof java.time.temporal.Temporal ? v.toString() : v);
    });
    return m;
  }
}
