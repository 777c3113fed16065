package dev.aispm.misuse.playbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.graph.connect.GraphConnection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Builds a misuse finding's playbook from the graph: the detection behind the finding, the
 * playbook of its rule rendered for its cloud, the blast radius over the existing edges and the
 * evidence. Read-only.
 */
public final class PlaybookService {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int MAX_REACH = 200;

  static final String DETECTION = """
      MATCH (f:Finding {id: $id})
      MATCH (d:MisuseDetection {detector: f.ruleId})
      WHERE (d.targetId IN f.resourceIds OR EXISTS { (d)-[:TARGETS]->(t) WHERE t.id IN f.resourceIds })
        AND (d.principal IN f.resourceIds OR EXISTS { (d)-[:ACTED_BY]->(p) WHERE p.id IN f.resourceIds })
      OPTIONAL MATCH (d)-[:TARGETS]->(t:Asset)
      OPTIONAL MATCH (d)-[:ACTED_BY]->(p:Asset)
      RETURN f.lastScanId AS scanId, d, t.id AS targetAsset, p.id AS principalAsset
      ORDER BY d.lastEventAt DESC LIMIT 1
      """;

  /**
   * What the principal and the target reach: out over permission, data and model edges (an
   * identity's stores, what a model or endpoint runs as and reads), and for a data store, the jobs
   * that read it and the models they produced, which poisoned data would reach.
   */
  static final String BLAST_RADIUS = """
      UNWIND $roots AS rid
      MATCH (root:Asset {id: rid})
      OPTIONAL MATCH (root)-[:RUNS_AS]->(role:Identity)
      WITH collect(DISTINCT root) + collect(DISTINCT role) AS starts
      UNWIND starts AS s
      CALL {
        WITH s
        MATCH (s)-[r:CAN_READ|CAN_WRITE|READS|WRITES|RUNS_AS|USES_MODEL|USES_ARTIFACT|SERVED_BY|INVOKES|PRODUCED|TRAINED_ON|INDEXES|LOGS_TO|PROTECTED_BY]->(x:Asset)
        RETURN x, type(r) AS relation, s.id AS from
        UNION
        WITH s
        MATCH (s:DataStore)<-[:IN_BUCKET]-(o)<-[:READS|TRAINED_ON]-(job:Asset)
        RETURN job AS x, 'READS_FROM' AS relation, s.id AS from
        UNION
        WITH s
        MATCH (s:DataStore)<-[:IN_BUCKET]-(o)<-[:READS|TRAINED_ON]-(job:Asset)-[:PRODUCED]->(m:Asset)
        RETURN m AS x, 'TRAINED_FROM' AS relation, job.id AS from
      }
      RETURN DISTINCT x.id AS id, x.type AS type, x.name AS name, relation, from
      ORDER BY relation, id LIMIT $limit
      """;

  static final String CONTENT = """
      UNWIND $ids AS rid
      MATCH (c:ContentFinding)-[:FOUND_IN]->(o)
      WHERE o.id = rid OR EXISTS { (o)-[:IN_BUCKET]->(b) WHERE b.id = rid }
      RETURN DISTINCT c.ruleId AS ruleId, c.severity AS severity, c.message AS message, c.location AS location,
             c.scanId AS scanId
      ORDER BY severity, ruleId LIMIT 50
      """;

  private final GraphConnection graph;
  private final PlaybookCatalog catalog;

  public PlaybookService(GraphConnection graph, PlaybookCatalog catalog) {
    this.graph = graph;
    this.catalog = catalog;
  }

  /** The playbook of a misuse finding; empty when the finding does not exist or is not a misuse finding. */
  public Optional<FindingPlaybook> forFinding(String findingId) {
    try (Session s = graph.session()) {
      return s.executeRead(tx -> {
        List<Record> rows = tx.run(DETECTION, Map.of("id", findingId)).list();
        if (rows.isEmpty()) {
          return Optional.<FindingPlaybook>empty();
        }
        Record row = rows.get(0);
        Value d = row.get("d");
        Optional<Playbook> playbook = catalog.forRule(d.get("detector").asString());
        if (playbook.isEmpty()) {
          return Optional.<FindingPlaybook>empty();
        }
        String target = row.get("targetAsset").isNull() ? d.get("targetId").asString() : row.get("targetAsset").asString();
        String principal = row.get("principalAsset").isNull() ? d.get("principal").asString()
            : row.get("principalAsset").asString();
        FindingPlaybook.Detected detected = new FindingPlaybook.Detected(d.get("id").asString(),
            d.get("principal").asString(), d.get("targetId").asString(), d.get("targetKind").asString(null),
            d.get("summary").asString(), time(d.get("firstEventAt")), time(d.get("lastEventAt")),
            d.get("eventCount").asLong(0), strings(d.get("sourceIps")), strings(d.get("userAgents")));
        String provider = d.get("provider").asString("aws");

        List<FindingPlaybook.Reach> reach = tx.run(BLAST_RADIUS, Map.of("roots", List.of(target, principal),
            "limit", MAX_REACH)).list(r -> new FindingPlaybook.Reach(r.get("id").asString(),
                r.get("type").asString(null), r.get("name").asString(null), r.get("relation").asString(),
                r.get("from").asString()));

        List<FindingPlaybook.ContentRef> content = tx.run(CONTENT, Map.of("ids", List.of(target))).list(r ->
            new FindingPlaybook.ContentRef(r.get("ruleId").asString(null), r.get("severity").asString(null),
                r.get("message").asString(null), r.get("location").asString(null), r.get("scanId").asString(null)));
        List<Record> verdict = tx.run("MATCH (a:ModelArtifact {id: $id}) RETURN a.scanStatus AS v",
            Map.of("id", target)).list();
        Set<String> scans = new LinkedHashSet<>();
        if (!row.get("scanId").isNull()) {
          scans.add(row.get("scanId").asString());
        }
        content.forEach(c -> {
          if (c.scanId() != null) {
            scans.add(c.scanId());
          }
        });
        FindingPlaybook.Evidence evidence = new FindingPlaybook.Evidence(events(d.get("evidence")), content,
            List.copyOf(scans), verdict.isEmpty() ? null : verdict.get(0).get("v").asString(null));

        Map<String, String> values = new java.util.HashMap<>();
        values.put("principal", d.get("principal").asString());
        values.put("principalName", PlaybookRenderer.shortName(d.get("principal").asString()));
        values.put("target", d.get("targetId").asString());
        values.put("targetName", PlaybookRenderer.shortName(d.get("targetId").asString()));
        values.put("account", d.get("account").asString(null));
        values.put("region", d.get("region").asString(null));
        values.put("firstEventAt", detected.firstEventAt());
        values.put("detectionId", detected.id());
        Playbook p = playbook.get();
        return Optional.of(new FindingPlaybook(findingId, p.ruleId(), p.title(), provider, detected,
            PlaybookRenderer.render(p, provider, values), reach, evidence));
      });
    }
  }

  private static String time(Value v) {
    return v == null || v.isNull() ? null
        : v.hasType(org.neo4j.driver.types.TypeSystem.getDefault().STRING()) ? v.asString()
        : v.asZonedDateTime().toInstant().toString();
  }

  private static List<String> strings(Value v) {
    return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
  }

  private static List<FindingPlaybook.EventRef> events(Value v) {
    List<FindingPlaybook.EventRef> out = new ArrayList<>();
    for (String json : strings(v)) {
      try {
        JsonNode n = JSON.readTree(json);
        out.add(new FindingPlaybook.EventRef(n.path("id").asText(null), n.path("time").asText(null),
            n.path("service").asText(null), n.path("action").asText(null), n.path("principal").asText(null),
            n.path("sourceIp").asText(null), n.path("userAgent").asText(null), n.path("region").asText(null),
            n.path("outcome").asText(null)));
      } catch (IOException e) {
        // An entry that is not JSON was not written by this module; it is left out, not fatal.
      }
    }
    return out;
  }
}
