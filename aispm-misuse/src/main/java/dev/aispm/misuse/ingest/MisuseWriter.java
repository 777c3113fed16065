package dev.aispm.misuse.ingest;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.RecordSchema;
import dev.aispm.graph.schema.common.RecordSchemas;
import dev.aispm.misuse.checkpoint.Checkpoint;
import dev.aispm.misuse.checkpoint.CheckpointStore;
import dev.aispm.misuse.detect.Baseline;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * Commits a source's progress in one transaction: the detections (added to the stored ones of
 * the same id), the baselines that changed and the checkpoint. Either all of it is in the graph
 * or none, which is what makes "no event read twice, none skipped" hold across a crash.
 */
public final class MisuseWriter {
  private static final RecordSchema R = RecordSchemas.MISUSE_DETECTION;
  /** Properties the upsert sets by name: checked against the declaration when the class loads. */
  private static final List<String> WRITTEN = List.of("id", "detector", "provider", "account", "region",
      "principal", "targetId", "targetKind", "summary", "firstEventAt", "lastEventAt", "eventCount", "eventIds",
      "evidence", "sourceIps", "userAgents", "detectedAt", "updatedAt");

  static {
    WRITTEN.forEach(R::key);
  }

  static final String UPSERT = """
      UNWIND $rows AS row
      MERGE (d:MisuseDetection {id: row.id})
      ON CREATE SET d.detectedAt = $now, d.eventCount = 0, d.eventIds = [], d.evidence = [],
                    d.sourceIps = [], d.userAgents = [], d.firstEventAt = row.firstEventAt
      SET d.detector = row.detector, d.provider = row.provider, d.account = row.account, d.region = row.region,
          d.principal = row.principal, d.targetId = row.targetId, d.targetKind = row.targetKind,
          d.summary = row.summary,
          d.firstEventAt = CASE WHEN row.firstEventAt < d.firstEventAt THEN row.firstEventAt ELSE d.firstEventAt END,
          d.lastEventAt = CASE WHEN d.lastEventAt IS NULL OR row.lastEventAt > d.lastEventAt
                               THEN row.lastEventAt ELSE d.lastEventAt END,
          d.eventCount = d.eventCount + row.eventCount,
          d.eventIds = (d.eventIds + row.eventIds)[-$max..],
          d.evidence = (d.evidence + row.evidence)[-$max..],
          d.sourceIps = ([x IN d.sourceIps WHERE NOT x IN row.sourceIps] + row.sourceIps)[-$max..],
          d.userAgents = ([x IN d.userAgents WHERE NOT x IN row.userAgents] + row.userAgents)[-$max..],
          d.updatedAt = $now
      WITH d, row
      OPTIONAL MATCH (t:Asset {id: row.targetAssetId})
      FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | MERGE (d)-[:TARGETS]->(t))
      WITH d, row
      OPTIONAL MATCH (p:Asset {id: row.principalAssetId}) WHERE p:Identity
      FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (d)-[:ACTED_BY]->(p))
      """;

  private final GraphConnection graph;

  public MisuseWriter(GraphConnection graph) {
    this.graph = graph;
  }

  /** Writes everything in one transaction. */
  public void commit(DetectionLog log, List<Baseline> baselines, Checkpoint checkpoint, String provider,
      String account, Instant now) {
    List<Map<String, Object>> rows = new ArrayList<>();
    log.pending().forEach(p -> rows.add(DetectionLog.row(p)));
    Object at = now.atZone(ZoneOffset.UTC);
    try (Session s = graph.session()) {
      s.executeWriteWithoutResult(tx -> {
        for (int from = 0; from < rows.size(); from += 1000) {
          tx.run(UPSERT, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + 1000)), "now", at,
              "max", DetectionLog.MAX_EVIDENCE)).consume();
        }
        BaselineStore.save(tx, baselines, now);
        CheckpointStore.save(tx, checkpoint, provider, account, now);
      });
    }
    baselines.forEach(Baseline::saved);
    log.clear();
  }
}
