package dev.aispm.api.v1;

import dev.aispm.api.report.PostureQueries;
import dev.aispm.api.v1.dto.Page;
import dev.aispm.graph.connect.GraphConnection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.Operation;
import org.neo4j.driver.Session;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inventory: every collected asset, filterable (including to AI assets only, with the data
 * stores and identities they use) and paged by id; one asset with its findings; and an asset's
 * neighbourhood in the graph, which the dashboard draws.
 */
@RestController
@RequestMapping("/api/v1/assets")
public class AssetController {
  /** Graph labels of the assets the AI inventory lists (the AI-BOM's view of the estate). */
  static final List<String> AI_KINDS = List.of("Model", "ModelArtifact", "Endpoint", "TrainingJob", "Notebook",
      "Agent", "AgentTool", "KnowledgeBase", "Guardrail", "DataSource");
  /** Nodes a neighbourhood answer holds at most, so a hub never produces an unreadable drawing. */
  static final int MAX_NODES = 80;

  private final GraphConnection graph;

  public AssetController(GraphConnection graph) {
    this.graph = graph;
  }

  @Operation(summary = "Assets by id, filtered by provider, account, region, type, tag, kind (graph label), "
      + "AI assets only, and a search of id and name; links=true adds the data stores and identities each uses.")
  @GetMapping
  public Page<Map<String, Object>> list(
      @RequestParam(required = false) String provider,
      @RequestParam(required = false) String account,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) Boolean ai,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Boolean links,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    int n = Limits.check(limit);
    Map<String, Object> p = new HashMap<>();
    p.put("provider", Limits.filter("provider", provider));
    p.put("account", Limits.filter("account", account));
    p.put("region", Limits.filter("region", region));
    p.put("type", Limits.filter("type", type));
    p.put("tag", Limits.filter("tag", tag));
    String k = Limits.filter("kind", kind);
    if (k != null && !k.matches("[A-Za-z][A-Za-z0-9]*")) {
      throw new InvalidParameterException("kind", "a kind is a graph label such as Model or Endpoint");
    }
    p.put("kind", k);
    p.put("aiKinds", Boolean.TRUE.equals(ai) ? AI_KINDS : null);
    String search = Limits.filter("q", q);
    p.put("q", search == null ? null : search.toLowerCase(java.util.Locale.ROOT));
    p.put("after", Cursor.decode(cursor));
    p.put("limit", n + 1);
    try (Session s = graph.session()) {
      List<Map<String, Object>> rows = s.run("""
          MATCH (n:Asset)
          WHERE n.stub IS NULL AND NOT n:Internet
            AND ($provider IS NULL OR n.provider = $provider)
            AND ($account IS NULL OR n.account = $account)
            AND ($region IS NULL OR n.region = $region)
            AND ($type IS NULL OR n.type = $type)
            AND ($tag IS NULL OR $tag IN coalesce(n.tags, []))
            AND ($kind IS NULL OR $kind IN labels(n))
            AND ($aiKinds IS NULL OR any(l IN labels(n) WHERE l IN $aiKinds))
            AND ($q IS NULL OR toLower(n.id) CONTAINS $q OR toLower(coalesce(n.name, '')) CONTAINS $q)
            AND ($after IS NULL OR n.id > $after)
          RETURN n ORDER BY n.id LIMIT $limit
          """, p).list(r -> PostureQueries.asset(r.get("n").asNode()));
      String next = rows.size() > n ? Cursor.encode((String) rows.get(n - 1).get("id")) : null;
      List<Map<String, Object>> page = rows.subList(0, Math.min(n, rows.size()));
      if (Boolean.TRUE.equals(links)) {
        addLinks(s, page);
      }
      return new Page<>(page, next, n);
    }
  }

  /**
   * Adds to each asset the data stores and identities it uses: identities it runs as or reaches in
   * one step, and data stores reached by following relationships outward for up to three steps
   * (a job reads a prefix that is in a bucket; a notebook runs as a role that may read a bucket).
   * Accounts are not crossed, or every asset of an account would use every store in it.
   */
  private static void addLinks(Session s, List<Map<String, Object>> page) {
    List<String> ids = page.stream().map(a -> (String) a.get("id")).toList();
    Map<String, Map<String, Object>> byId = new HashMap<>();
    page.forEach(a -> byId.put((String) a.get("id"), a));
    s.run("""
        UNWIND $ids AS id
        MATCH (n:Asset {id: id})
        CALL (n) {
          OPTIONAL MATCH p = (n)-[*1..3]->(d:DataStore)
          WHERE d <> n AND none(x IN nodes(p) WHERE x:CloudAccount)
          WITH DISTINCT d LIMIT 10
          RETURN collect(d {.id, .name}) AS stores
        }
        CALL (n) {
          OPTIONAL MATCH (n)--(i:Identity)
          WITH DISTINCT i LIMIT 10
          RETURN collect(i {.id, .name}) AS identities
        }
        RETURN id, stores, identities
        """, Map.of("ids", ids)).forEachRemaining(r -> {
          Map<String, Object> a = byId.get(r.get("id").asString());
          a.put("dataStores", r.get("stores").asList(v -> v.asMap()));
          a.put("identities", r.get("identities").asList(v -> v.asMap()));
        });
  }

  @Operation(summary = "One asset by id (ids are ARNs and URLs, so it is a query parameter), with the "
      + "findings that affect it, highest score first (at most 100).")
  @GetMapping("/detail")
  public Map<String, Object> detail(@RequestParam String id) {
    checkId(id);
    try (Session s = graph.session()) {
      var rows = s.run("""
          MATCH (n:Asset {id: $id})
          OPTIONAL MATCH (f:Finding)-[:AFFECTS]->(n)
          WITH n, f ORDER BY f.score DESC, f.id
          RETURN n, collect(f)[..100] AS findings
          """, Map.of("id", id)).list();
      if (rows.isEmpty()) {
        throw new NotFoundException("asset " + id);
      }
      Map<String, Object> out = PostureQueries.asset(rows.get(0).get("n").asNode());
      out.put("findings", rows.get(0).get("findings").asList(v -> PostureQueries.finding(v.asNode())));
      return out;
    }
  }

  @Operation(summary = "An asset's neighbourhood in the graph: the assets within 1 or 2 relationships and "
      + "the relationships followed, bounded to 80 nodes. Account and internet nodes are shown but not "
      + "expanded through, since everything in an account hangs off them.")
  @GetMapping("/neighbourhood")
  public Map<String, Object> neighbourhood(@RequestParam String id, @RequestParam(required = false) Integer hops) {
    checkId(id);
    int h = hops == null ? 1 : hops;
    if (h < 1 || h > 2) {
      throw new InvalidParameterException("hops", "must be 1 or 2, was " + h);
    }
    try (Session s = graph.session()) {
      var centre = s.run("MATCH (n:Asset {id: $id}) RETURN n", Map.of("id", id)).list();
      if (centre.isEmpty()) {
        throw new NotFoundException("asset " + id);
      }
      Map<String, Map<String, Object>> nodes = new java.util.LinkedHashMap<>();
      Map<String, Map<String, Object>> edges = new java.util.LinkedHashMap<>();
      nodes.put(id, graphNode(centre.get(0).get("n").asNode(), 0));
      List<String> frontier = List.of(id);
      boolean truncated = false;
      for (int hop = 1; hop <= h && !frontier.isEmpty(); hop++) {
        List<String> next = new java.util.ArrayList<>();
        int room = MAX_NODES - nodes.size();
        // Each frontier node gets its share of the room, so one hub (a subnet with a hundred
        // members) cannot crowd out the edges that explain the asset, such as its role's access.
        long perNode = Math.max(5, (room * 2L) / frontier.size());
        var rows = s.run("""
            UNWIND $from AS fid
            CALL {
              WITH fid
              MATCH (a:Asset {id: fid})-[r]-(m:Asset)
              WHERE m.stub IS NULL OR m.stub = false OR m:Internet
              RETURN a, r, m ORDER BY type(r), m.id LIMIT $perNode
            }
            RETURN a.id AS from, r, m, startNode(r) = a AS outgoing
            ORDER BY from, type(r), m.id
            """, Map.of("from", frontier, "perNode", perNode)).list();
        for (var r : rows) {
          org.neo4j.driver.types.Node m = r.get("m").asNode();
          String mid = m.get("id").asString();
          if (!nodes.containsKey(mid)) {
            if (nodes.size() >= MAX_NODES) {
              truncated = true;
              continue;
            }
            nodes.put(mid, graphNode(m, hop));
            if (!m.hasLabel("CloudAccount") && !m.hasLabel("Internet")) {
              next.add(mid);
            }
          }
          var rel = r.get("r").asRelationship();
          String from = r.get("from").asString();
          boolean out = r.get("outgoing").asBoolean();
          Map<String, Object> e = new java.util.LinkedHashMap<>();
          e.put("from", out ? from : mid);
          e.put("to", out ? mid : from);
          e.put("type", rel.type());
          edges.putIfAbsent(rel.elementId(), e);
        }
        frontier = next;
      }
      Map<String, Object> out = new java.util.LinkedHashMap<>();
      out.put("centre", id);
      out.put("hops", h);
      out.put("nodes", new java.util.ArrayList<>(nodes.values()));
      out.put("edges", new java.util.ArrayList<>(edges.values()));
      out.put("truncated", truncated);
      return out;
    }
  }

  private static Map<String, Object> graphNode(org.neo4j.driver.types.Node n, int hop) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("id", n.get("id").asString());
    m.put("name", n.get("name").asString(null));
    m.put("type", n.get("type").asString(n.hasLabel("Internet") ? "Internet" : null));
    List<String> labels = new java.util.ArrayList<>();
    n.labels().forEach(labels::add);
    m.put("labels", labels);
    m.put("hop", hop);
    return m;
  }

  private static void checkId(String id) {
    if (id == null || id.isBlank() || id.length() > 2048) {
      throw new InvalidParameterException("id", "an asset id is between 1 and 2048 characters");
    }
  }
}
