package dev.aispm.posture.provenance;

import dev.aispm.graph.connect.GraphConnection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Builds a scan's ledger entries from what its collectors wrote: one per training job (when it
 * ended, what it produced, and each input with the objects listed under it, their sizes, ETags,
 * versions, last-modified times and SHA-256 where the content scan read them) and one per model
 * (the artifacts it loads, the jobs that produced it, and whether its lineage is established).
 * It reads concept labels only, so every cloud whose collectors link jobs and models this way
 * gets a ledger without code of its own.
 */
public final class ProvenanceRecorder {
  /** Version of the entry format, inside every entry. */
  public static final int FORMAT = 1;

  private static final String JOBS = """
      MATCH (j:TrainingJob) WHERE j.lastScanId = $scanId
      OPTIONAL MATCH (j)-[:PRODUCED]->(out:Asset)
      WITH j, collect(DISTINCT out.id) AS produced
      OPTIONAL MATCH (j)-[:READS]->(p:DataObject)
      OPTIONAL MATCH (p)<-[:LISTED_UNDER]-(l:ListedObject)
      WITH j, produced, p, collect(l {.uri, .size, .etag, .versionId, .lastModified, .sha256}) AS objects
      WITH j, produced, collect(CASE WHEN p IS NULL THEN null ELSE {uri: coalesce(p.uri, p.id),
           listed: p.objectsListed IS NOT NULL, complete: p.listingComplete, objects: objects} END) AS inputs
      RETURN j.id AS id, j.type AS type, j.provider AS provider, j.account AS account, j.name AS name,
             j.status AS status, j.endedAt AS endedAt, produced, inputs
      ORDER BY id
      """;

  private static final String MODELS = """
      MATCH (m:Model) WHERE m.lastScanId = $scanId
      OPTIONAL MATCH (m)-[:USES_ARTIFACT]->(a:Asset)
      OPTIONAL MATCH (a)<-[:PRODUCED]-(viaArtifact:TrainingJob)
      OPTIONAL MATCH (m)<-[:PRODUCED]-(direct:TrainingJob)
      WITH m, collect(DISTINCT a {.id, .sha256}) AS artifacts,
           collect(DISTINCT viaArtifact) + collect(DISTINCT direct) AS jobs
      UNWIND (CASE WHEN jobs = [] THEN [null] ELSE jobs END) AS j
      OPTIONAL MATCH (j)-[:READS]->(p:DataObject)
      WITH m, artifacts, j, collect(p) AS inputs
      WITH m, artifacts, collect(CASE WHEN j IS NULL THEN null ELSE {id: j.id,
           listed: size(inputs) > 0 AND all(p IN inputs WHERE p.listingComplete = true)} END) AS jobs
      RETURN m.id AS id, m.type AS type, m.provider AS provider, m.account AS account, m.name AS name,
             artifacts, jobs
      ORDER BY id
      """;

  private final GraphConnection graph;

  public ProvenanceRecorder(GraphConnection graph) {
    this.graph = graph;
  }

  /** The entries of one scan, jobs first, each list in id order, ready for {@link ProvenanceLedger#append}. */
  public List<Map<String, Object>> entries(String scanId, Instant at) {
    List<Map<String, Object>> out = new ArrayList<>();
    String recordedAt = text(at);
    try (Session s = graph.session()) {
      s.executeRead(tx -> {
        tx.run(JOBS, Map.of("scanId", scanId)).forEachRemaining(r -> out.add(job(r, scanId, recordedAt)));
        tx.run(MODELS, Map.of("scanId", scanId)).forEachRemaining(r -> out.add(model(r, scanId, recordedAt)));
        return null;
      });
    }
    return out;
  }

  private static Map<String, Object> job(Record r, String scanId, String recordedAt) {
    Map<String, Object> e = header(r, scanId, recordedAt, "TrainingJob");
    e.put("status", r.get("status").asString(null));
    e.put("endedAt", time(r.get("endedAt")));
    e.put("produced", r.get("produced").asList(Value::asString).stream().sorted().toList());
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (Value in : r.get("inputs").values()) {
      if (in.isNull()) {
        continue;
      }
      List<Map<String, Object>> objects = new ArrayList<>();
      for (Value o : in.get("objects").values()) {
        Map<String, Object> obj = new LinkedHashMap<>();
        obj.put("uri", o.get("uri").asString(null));
        obj.put("size", o.get("size").isNull() ? null : o.get("size").asLong());
        obj.put("etag", o.get("etag").asString(null));
        obj.put("versionId", o.get("versionId").asString(null));
        obj.put("lastModified", time(o.get("lastModified")));
        obj.put("sha256", o.get("sha256").asString(null));
        objects.add(obj);
      }
      objects.sort(Comparator.comparing(o -> String.valueOf(o.get("uri"))));
      Map<String, Object> input = new LinkedHashMap<>();
      input.put("uri", in.get("uri").asString(null));
      boolean listed = in.get("listed").asBoolean(false);
      // "listed" false: this scan has no listing of the input (not readable, or another cloud's
      // content stage that lists nothing); "complete" false: the budget ran out before its end.
      input.put("listed", listed);
      input.put("complete", listed && in.get("complete").asBoolean(false));
      input.put("objects", objects);
      inputs.add(input);
    }
    inputs.sort(Comparator.comparing(i -> String.valueOf(i.get("uri"))));
    e.put("inputs", inputs);
    return e;
  }

  private static Map<String, Object> model(Record r, String scanId, String recordedAt) {
    Map<String, Object> e = header(r, scanId, recordedAt, "Model");
    List<Map<String, Object>> artifacts = new ArrayList<>();
    for (Value a : r.get("artifacts").values()) {
      Map<String, Object> art = new LinkedHashMap<>();
      art.put("uri", a.get("id").asString(null));
      art.put("sha256", a.get("sha256").asString(null));
      artifacts.add(art);
    }
    artifacts.sort(Comparator.comparing(a -> String.valueOf(a.get("uri"))));
    e.put("artifacts", artifacts);
    java.util.TreeSet<String> jobs = new java.util.TreeSet<>();
    boolean allListed = true;
    for (Value j : r.get("jobs").values()) {
      if (j.isNull()) {
        continue;
      }
      jobs.add(j.get("id").asString());
      allListed &= j.get("listed").asBoolean(false);
    }
    e.put("trainingJobs", List.copyOf(jobs));
    e.put("lineage", jobs.isEmpty() ? "no-training-job" : allListed ? "established" : "inputs-not-listed");
    return e;
  }

  private static Map<String, Object> header(Record r, String scanId, String recordedAt, String subjectType) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("format", (long) FORMAT);
    e.put("scanId", scanId);
    e.put("recordedAt", recordedAt);
    e.put("subject", r.get("id").asString());
    e.put("subjectType", subjectType);
    e.put("type", r.get("type").asString(null));
    e.put("provider", r.get("provider").asString(null));
    e.put("account", r.get("account").asString(null));
    e.put("name", r.get("name").asString(null));
    return e;
  }

  // Times as ISO-8601 UTC text: a canonical entry holds no typed date.
  private static String time(Value v) {
    if (v == null || v.isNull()) {
      return null;
    }
    Object o = v.asObject();
    if (o instanceof java.time.ZonedDateTime z) {
      return text(z.toInstant());
    }
    if (o instanceof java.time.OffsetDateTime odt) {
      return text(odt.toInstant());
    }
    if (o instanceof TemporalAccessor t && t.isSupported(java.time.temporal.ChronoField.INSTANT_SECONDS)) {
      return text(Instant.from(t));
    }
    return String.valueOf(o);
  }

  private static String text(Instant at) {
    return at.atOffset(ZoneOffset.UTC).toInstant().toString();
  }
}
