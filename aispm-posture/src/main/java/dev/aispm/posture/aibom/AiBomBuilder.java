package dev.aispm.posture.aibom;

import dev.aispm.graph.connect.GraphConnection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;

/**
 * Builds a CycloneDX 1.6 AI-BOM from the graph, so model inventories can be exchanged with other
 * supply-chain tools. Mapping:
 *
 * <ul>
 *   <li>{@code Model} and {@code ModelArtifact} nodes: components of type {@code machine-learning-model}
 *       (the artifact carries its storage URI as a distribution reference);</li>
 *   <li>data used by AI ({@code DataObject}, and {@code DataStore} with {@code usedByAi}): type {@code data};</li>
 *   <li>{@code TrainingJob} and {@code Notebook}: type {@code application}, for provenance;</li>
 *   <li>{@code Endpoint}: an entry of {@code services} (CycloneDX has no service component type).</li>
 * </ul>
 *
 * Dependencies follow the graph: an endpoint depends on the models it serves, a model on its
 * artifacts, an artifact on the training job that produced it, a training job on the data it reads.
 */
public final class AiBomBuilder {
  /** Components and services listed at most; the document says when it was truncated. */
  public static final int MAX_ITEMS = 5000;

  private final GraphConnection graph;
  private final String version;

  public AiBomBuilder(GraphConnection graph, String version) {
    this.graph = graph;
    this.version = version;
  }

  public Map<String, Object> build(String provider, String account) {
    Map<String, Object> p = new HashMap<>();
    p.put("provider", provider);
    p.put("account", account);
    p.put("limit", MAX_ITEMS + 1);
    List<Record> rows;
    try (Session s = graph.session()) {
      rows = s.executeRead(tx -> tx.run("""
          MATCH (n:Asset)
          WHERE n.stub IS NULL
            AND (n:Model OR n:ModelArtifact OR n:DataObject OR (n:DataStore AND n.usedByAi = true)
                 OR n:TrainingJob OR n:Notebook OR n:Endpoint)
            AND ($provider IS NULL OR n.provider = $provider)
            AND ($account IS NULL OR n.account = $account)
          WITH n ORDER BY n.id LIMIT $limit
          OPTIONAL MATCH (n)-[r:USES_ARTIFACT|PRODUCED|READS]->(d:Asset)
          OPTIONAL MATCH (m:Model)-[:SERVED_BY]->(n)
          RETURN n, collect(DISTINCT {type: type(r), id: d.id}) AS out, collect(DISTINCT m.id) AS servedModels
          """, p).list());
    }
    boolean truncated = rows.size() > MAX_ITEMS;
    List<Map<String, Object>> components = new ArrayList<>();
    List<Map<String, Object>> services = new ArrayList<>();
    Map<String, Set<String>> deps = new LinkedHashMap<>();
    Map<String, String> producedBy = new HashMap<>();
    for (Record r : rows.subList(0, Math.min(rows.size(), MAX_ITEMS))) {
      Node n = r.get("n").asNode();
      String id = n.get("id").asString();
      Set<String> on = deps.computeIfAbsent(id, k -> new LinkedHashSet<>());
      for (var rel : r.get("out").asList(v -> v.asMap())) {
        Object target = rel.get("id");
        if (target == null) {
          continue;
        }
        switch (String.valueOf(rel.get("type"))) {
          case "USES_ARTIFACT", "READS" -> on.add(target.toString());
          case "PRODUCED" -> producedBy.put(target.toString(), id);
          default -> { }
        }
      }
      if (n.hasLabel("Endpoint")) {
        on.addAll(r.get("servedModels").asList(v -> v.asString()));
        services.add(service(n));
      } else {
        components.add(component(n));
      }
    }
    producedBy.forEach((artifact, job) -> {
      if (deps.containsKey(artifact)) {
        deps.get(artifact).add(job);
      }
    });
    Set<String> known = deps.keySet();
    List<Map<String, Object>> dependencies = new ArrayList<>();
    deps.forEach((ref, on) -> {
      List<String> kept = on.stream().filter(known::contains).sorted().toList();
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("ref", ref);
      d.put("dependsOn", kept);
      dependencies.add(d);
    });

    Map<String, Object> bom = new LinkedHashMap<>();
    bom.put("bomFormat", "CycloneDX");
    bom.put("specVersion", "1.6");
    bom.put("serialNumber", "urn:uuid:" + UUID.randomUUID());
    bom.put("version", 1);
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("timestamp", Instant.now().toString());
    metadata.put("tools", Map.of("components", List.of(Map.of("type", "application", "name", "aispm",
        "version", version))));
    List<Map<String, String>> props = new ArrayList<>();
    props.add(prop("aispm:truncated", Boolean.toString(truncated)));
    if (provider != null) {
      props.add(prop("aispm:provider", provider));
    }
    if (account != null) {
      props.add(prop("aispm:account", account));
    }
    metadata.put("properties", props);
    bom.put("metadata", metadata);
    bom.put("components", components);
    bom.put("services", services);
    bom.put("dependencies", dependencies);
    return bom;
  }

  private static Map<String, Object> component(Node n) {
    Map<String, Object> c = new LinkedHashMap<>();
    String type;
    if (n.hasLabel("Model") || n.hasLabel("ModelArtifact")) {
      type = "machine-learning-model";
    } else if (n.hasLabel("DataObject") || n.hasLabel("DataStore")) {
      type = "data";
    } else {
      type = "application";
    }
    c.put("type", type);
    c.put("bom-ref", n.get("id").asString());
    c.put("name", name(n));
    if (n.hasLabel("ModelArtifact") && !n.get("uri").isNull()) {
      c.put("externalReferences", List.of(Map.of("type", "distribution", "url", n.get("uri").asString())));
    }
    if (type.equals("data")) {
      c.put("data", List.of(Map.of("type", "dataset", "name", name(n))));
    }
    c.put("properties", properties(n));
    return c;
  }

  private static Map<String, Object> service(Node n) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("bom-ref", n.get("id").asString());
    s.put("name", name(n));
    s.put("properties", properties(n));
    return s;
  }

  private static String name(Node n) {
    return n.get("name").asString(n.get("id").asString());
  }

  private static List<Map<String, String>> properties(Node n) {
    List<Map<String, String>> out = new ArrayList<>();
    for (String k : List.of("provider", "account", "region", "type")) {
      if (!n.get(k).isNull()) {
        out.add(prop("aispm:" + k, n.get(k).asString()));
      }
    }
    out.add(prop("aispm:id", n.get("id").asString()));
    return out;
  }

  private static Map<String, String> prop(String name, String value) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("value", value);
    return m;
  }
}
