package dev.aispm.posture.query;

import dev.aispm.graph.connect.GraphConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;

/**
 * The inventory side of the graph, read as records: pages of assets, one asset with its findings,
 * an asset's neighbourhood, and counts. The API, the reports and the alerts read assets only
 * through here, so each shows an asset the same way.
 */
public final class AssetQueries {
  /** Graph labels of the assets the AI inventory lists (the AI-BOM's view of the estate). */
  public static final List<String> AI_KINDS = List.of("Model", "ModelArtifact", "Endpoint", "TrainingJob",
      "Notebook", "Agent", "AgentTool", "KnowledgeBase", "Guardrail", "DataSource");
  /** Nodes a neighbourhood holds at most. */
  public static final int MAX_NEIGHBOURS = 80;
  /** Findings an asset's detail lists at most. */
  public static final int MAX_DETAIL_FINDINGS = 100;

  private static final Set<String> COMMON = Set.of("id", "provider", "account", "region", "type", "name", "scope",
      "stub", "firstSeen", "lastSeen", "lastScanId");
  private static final String LISTED = "n.stub IS NULL AND NOT n:Internet";

  private final GraphConnection graph;

  public AssetQueries(GraphConnection graph) {
    this.graph = graph;
  }

  /** A page of assets by id. */
  public Slice<AssetView> page(AssetFilter f, int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("provider", f.provider());
    p.put("account", f.account());
    p.put("region", f.region());
    p.put("type", f.type());
    p.put("tag", f.tag());
    p.put("kind", f.kind());
    p.put("aiKinds", f.aiOnly() ? AI_KINDS : null);
    p.put("q", f.search() == null ? null : f.search().toLowerCase(java.util.Locale.ROOT));
    p.put("after", f.afterId());
    p.put("limit", limit + 1);
    try (Session s = graph.session()) {
      return Slice.of(s.run("MATCH (n:Asset) WHERE " + LISTED + """

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
          """, p).list(r -> asset(r.get("n").asNode())), limit);
    }
  }

  /** Every listed asset, ordered by id. */
  public List<AssetView> all() {
    try (Session s = graph.session()) {
      return s.run("MATCH (n:Asset) WHERE " + LISTED + " RETURN n ORDER BY n.id")
          .list(r -> asset(r.get("n").asNode()));
    }
  }

  /**
   * The assets with the data stores and identities each uses: identities it runs as or reaches in
   * one step, and data stores reached by following relationships outward for up to three steps
   * (a job reads a prefix that is in a bucket; a notebook runs as a role that may read a bucket).
   * Accounts are not crossed, or every asset of an account would use every store in it.
   */
  public List<AssetView> withLinks(List<AssetView> assets) {
    Map<String, AssetView> byId = new LinkedHashMap<>();
    assets.forEach(a -> byId.put(a.id(), a));
    try (Session s = graph.session()) {
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
          """, Map.of("ids", List.copyOf(byId.keySet()))).forEachRemaining(r -> byId.computeIfPresent(
              r.get("id").asString(), (id, a) -> a.withLinks(
                  r.get("stores").asList(v -> new AssetRef(v.get("id").asString(), v.get("name").asString(null))),
                  r.get("identities").asList(v -> new AssetRef(v.get("id").asString(),
                      v.get("name").asString(null))))));
    }
    return List.copyOf(byId.values());
  }

  /** One asset with the findings that affect it, or empty when no asset has the id. */
  public Optional<AssetDetail> detail(String id) {
    try (Session s = graph.session()) {
      var rows = s.run("""
          MATCH (n:Asset {id: $id})
          OPTIONAL MATCH (f:Finding)-[:AFFECTS]->(n)
          WITH n, f ORDER BY f.score DESC, f.id
          RETURN n, collect(f)[..$max] AS findings
          """, Map.of("id", id, "max", MAX_DETAIL_FINDINGS)).list();
      if (rows.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new AssetDetail(asset(rows.get(0).get("n").asNode()),
          rows.get(0).get("findings").asList(v -> FindingQueries.finding(v.asNode()))));
    }
  }

  /**
   * The assets within {@code hops} (1 or 2) relationships of an asset, bounded to
   * {@link #MAX_NEIGHBOURS} nodes. Account and internet nodes are shown but not expanded through,
   * since everything in an account hangs off them. Empty when no asset has the id.
   */
  public Optional<Neighbourhood> neighbourhood(String id, int hops) {
    if (hops < 1 || hops > 2) {
      throw new IllegalArgumentException("hops must be 1 or 2, was " + hops);
    }
    try (Session s = graph.session()) {
      var centre = s.run("MATCH (n:Asset {id: $id}) RETURN n", Map.of("id", id)).list();
      if (centre.isEmpty()) {
        return Optional.empty();
      }
      Map<String, GraphNodeView> nodes = new LinkedHashMap<>();
      Map<String, GraphEdgeView> edges = new LinkedHashMap<>();
      nodes.put(id, graphNode(centre.get(0).get("n").asNode(), 0));
      List<String> frontier = List.of(id);
      boolean truncated = false;
      for (int hop = 1; hop <= hops && !frontier.isEmpty(); hop++) {
        List<String> next = new ArrayList<>();
        int room = MAX_NEIGHBOURS - nodes.size();
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
          Node m = r.get("m").asNode();
          String mid = m.get("id").asString();
          if (!nodes.containsKey(mid)) {
            if (nodes.size() >= MAX_NEIGHBOURS) {
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
          edges.putIfAbsent(rel.elementId(), new GraphEdgeView(out ? from : mid, out ? mid : from, rel.type()));
        }
        frontier = next;
      }
      return Optional.of(new Neighbourhood(id, hops, List.copyOf(nodes.values()), List.copyOf(edges.values()),
          truncated));
    }
  }

  /** AI assets (the {@link #AI_KINDS}) counted by cloud and type, ordered by cloud, then largest first. */
  public List<InventoryCount> aiInventory() {
    try (Session s = graph.session()) {
      return s.run("""
          MATCH (n:Asset) WHERE %s AND any(l IN labels(n) WHERE l IN $kinds)
          RETURN coalesce(n.provider, 'unknown') AS provider, n.type AS type, count(*) AS c
          ORDER BY provider, c DESC, type
          """.formatted(LISTED), Map.of("kinds", AI_KINDS))
          .list(r -> new InventoryCount(r.get("provider").asString(), r.get("type").asString(null),
              r.get("c").asLong()));
    }
  }

  /** Listed asset counts by type, largest first. */
  public Map<String, Long> countByType() {
    return counts("n.type");
  }

  /** Listed asset counts by provider, largest first. */
  public Map<String, Long> countByProvider() {
    return counts("coalesce(n.provider, 'unknown')");
  }

  private Map<String, Long> counts(String key) {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Session s = graph.session()) {
      s.run("MATCH (n:Asset) WHERE " + LISTED + " RETURN " + key + " AS k, count(*) AS c ORDER BY c DESC, k")
          .forEachRemaining(r -> out.put(r.get("k").asString(), r.get("c").asLong()));
    }
    return out;
  }

  /** An asset node as a record: the common fields, then every other property under properties. */
  public static AssetView asset(Node n) {
    Map<String, Object> props = new LinkedHashMap<>();
    for (String key : n.keys()) {
      if (!COMMON.contains(key)) {
        props.put(key, NodeValues.plain(n.get(key)));
      }
    }
    return new AssetView(n.get("id").asString(), n.get("provider").asString(null), n.get("account").asString(null),
        n.get("region").asString(null), n.get("type").asString(null), n.get("name").asString(null),
        NodeValues.labels(n), NodeValues.text(n.get("firstSeen")), NodeValues.text(n.get("lastSeen")),
        n.get("lastScanId").asString(null), props, null, null);
  }

  private static GraphNodeView graphNode(Node n, int hop) {
    return new GraphNodeView(n.get("id").asString(), n.get("name").asString(null),
        n.get("type").asString(n.hasLabel("Internet") ? "Internet" : null), NodeValues.labels(n), hop);
  }
}
