package dev.aispm.posture.aibom;

import dev.aispm.graph.connect.GraphConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Reads the {@link AiGraphSlice} of an AI-BOM. Every query selects by concept label ({@code Model},
 * {@code Endpoint}, {@code DataObject}...), never by a cloud's node type, so a SageMaker model, an
 * Azure ML model version and a Vertex AI model are read by the same statements.
 */
public final class AiGraphReader {
  /** Assets read at most before linked ones; the BOM says when it was truncated. */
  public static final int MAX_NODES = 5000;

  /** Concept labels of the assets the BOM starts from (filtered by provider and account). */
  static final List<String> ROOTS = List.of("Model", "ModelVersion", "ModelArtifact", "FoundationModel",
      "TrainingJob", "DataObject", "Dataset", "Endpoint", "Agent", "KnowledgeBase", "DataSource", "Guardrail",
      "ContainerImage", "Software");
  /** Relationships the mapping reads; their targets are read too, whatever their scope. */
  static final List<String> LINKS = List.of("READS", "WRITES", "PRODUCED", "USES_ARTIFACT", "FROM_PACKAGE",
      "SERVED_BY", "FINE_TUNED_FROM", "USES_DATASET", "PROTECTED_BY", "USES_MODEL", "USES_KNOWLEDGE_BASE",
      "HAS_DATA_SOURCE", "EMBEDS_WITH", "IN_BUCKET", "USES_PACKAGE", "AFFECTED_BY");

  private final GraphConnection graph;

  public AiGraphReader(GraphConnection graph) {
    this.graph = graph;
  }

  /**
   * The AI assets of a provider and account (null: all) with what they link to.
   */
  public AiGraphSlice read(String provider, String account) {
    Map<String, Object> p = new HashMap<>();
    p.put("provider", provider);
    p.put("account", account);
    p.put("roots", ROOTS);
    p.put("limit", MAX_NODES + 1);
    p.put("links", LINKS);
    try (Session s = graph.session()) {
      return s.executeRead(tx -> {
        Map<String, AiGraphSlice.Node> nodes = new LinkedHashMap<>();
        List<Record> roots = tx.run("""
            MATCH (n:Asset)
            WHERE any(l IN labels(n) WHERE l IN $roots)
              AND ($provider IS NULL OR n.provider = $provider)
              AND ($account IS NULL OR n.account = $account)
            RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
            ORDER BY n.id LIMIT $limit
            """, p).list();
        boolean truncated = roots.size() > MAX_NODES;
        for (Record r : roots.subList(0, Math.min(roots.size(), MAX_NODES))) {
          put(nodes, r);
        }
        p.put("ids", List.copyOf(nodes.keySet()));
        List<AiGraphSlice.Link> links = new ArrayList<>();
        Set<String> targets = new LinkedHashSet<>();
        // Both directions: a model's endpoint points at nothing, the model points at it.
        for (Record r : tx.run("""
            MATCH (a:Asset)-[rel]->(b:Asset)
            WHERE type(rel) IN $links AND (a.id IN $ids OR b.id IN $ids)
            RETURN DISTINCT a.id AS from, type(rel) AS type, b.id AS to
            ORDER BY from, type, to
            """, p).list()) {
          links.add(new AiGraphSlice.Link(r.get("from").asString(), r.get("type").asString(), r.get("to").asString()));
          targets.add(r.get("from").asString());
          targets.add(r.get("to").asString());
        }
        targets.removeAll(nodes.keySet());
        for (Record r : tx.run("""
            MATCH (n:Asset) WHERE n.id IN $ids
            RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
            """, Map.of("ids", List.copyOf(targets))).list()) {
          put(nodes, r);
        }
        Map<String, Object> q = Map.of("ids", List.copyOf(nodes.keySet()));
        Map<String, List<String>> writers = new HashMap<>();
        for (Record r : tx.run("""
            MATCH (i:Identity)-[:CAN_WRITE]->(s:DataStore) WHERE s.id IN $ids
            WITH s, i ORDER BY i.id
            RETURN s.id AS store, collect(i.id) AS writers
            """, q).list()) {
          writers.put(r.get("store").asString(), r.get("writers").asList(v -> v.asString()));
        }
        Map<String, List<String>> kinds = new HashMap<>();
        for (Record r : tx.run("""
            MATCH (c:ContentFinding)-[:FOUND_IN]->(o:Asset) WHERE o.id IN $ids
            WITH o, c.ruleId AS rule ORDER BY rule
            RETURN o.id AS object, collect(DISTINCT rule) AS rules
            """, q).list()) {
          kinds.put(r.get("object").asString(), r.get("rules").asList(v -> v.asString()));
        }
        return new AiGraphSlice(nodes, links, writers, kinds, truncated);
      });
    }
  }

  private static void put(Map<String, AiGraphSlice.Node> nodes, Record r) {
    String id = r.get("id").asString();
    Map<String, Object> props = new LinkedHashMap<>();
    r.get("props").asMap().forEach((k, v) -> props.put(k, plain(v)));
    nodes.put(id, new AiGraphSlice.Node(id, new LinkedHashSet<>(r.get("labels").asList(v -> v.asString())), props));
  }

  // Dates and times become ISO text: the BOM carries them as property values.
  private static Object plain(Object v) {
    if (v instanceof List<?> l) {
      return l.stream().map(AiGraphReader::plain).toList();
    }
    if (v instanceof java.time.temporal.TemporalAccessor t) {
      return t.toString();
    }
    return v;
  }
}
