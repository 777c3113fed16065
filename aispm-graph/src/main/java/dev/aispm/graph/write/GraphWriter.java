package dev.aispm.graph.write;

import dev.aispm.graph.driver.Sessions;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Loads collected records into the graph in batches, idempotently.
 *
 * <p>Writing the same records twice leaves the graph as writing them once (MERGE on the stable id),
 * except that {@code lastSeen} and {@code lastScanId} move to the later scan. Records are checked
 * against their schema before anything is sent, so a malformed batch fails whole and early instead
 * of half-written.
 */
public final class GraphWriter {
  /** Rows per UNWIND statement unless configured otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 1000;

  private final Driver driver;
  private final SessionConfig session;
  private final int batchSize;

  public GraphWriter(Driver driver, String database, int batchSize) {
    this.driver = Objects.requireNonNull(driver, "driver");
    this.session = Sessions.forDatabase(database);
    if (batchSize < 1 || batchSize > 100_000) {
      throw new IllegalArgumentException("batch size must be 1..100000, was " + batchSize);
    }
    this.batchSize = batchSize;
  }

  /** Upserts nodes of one type; returns how many were written. */
  public int upsertNodes(NodeSchema schema, List<NodeRecord> records, SyncTag tag) {
    List<Map<String, Object>> rows = new ArrayList<>(records.size());
    for (NodeRecord record : records) {
      rows.add(nodeRow(schema, record));
    }
    return run(UpsertQueries.upsertNodes(schema), rows, tag, false);
  }

  /**
   * Upserts relationships of one type; returns how many exist afterwards among those given. A
   * relationship whose endpoint is absent (and not created as a stub) is skipped, not an error: the
   * other end may be in a scope this scan could not read.
   */
  public int upsertRels(RelSchema schema, List<RelRecord> records, SyncTag tag) {
    List<Map<String, Object>> rows = new ArrayList<>(records.size());
    for (RelRecord record : records) {
      Map<String, Object> row = new HashMap<>();
      row.put("from", record.fromId());
      row.put("to", record.toId());
      row.put("scope", record.scope().key());
      row.put("props", record.properties());
      // Only a type that creates its target reads the stub: other types do not send one, since
      // every row's parameters are packed, sent and unpacked by the database.
      if (schema.createsTarget()) {
        Map<String, Object> stub = new HashMap<>(record.targetStub());
        stub.putIfAbsent("provider", record.scope().provider());
        row.put("stub", stub);
      }
      rows.add(row);
    }
    return run(UpsertQueries.upsertRels(schema), rows, tag, true);
  }

  private int run(String cypher, List<Map<String, Object>> rows, SyncTag tag, boolean counted) {
    int written = 0;
    try (Session s = driver.session(session)) {
      for (int from = 0; from < rows.size(); from += batchSize) {
        List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
        Map<String, Object> params = Map.of("rows", batch, "now", tag.timestamp(), "scanId", tag.scanId());
        if (counted) {
          written += s.executeWrite(tx -> tx.run(cypher, params).single().get("written").asInt());
        } else {
          s.executeWriteWithoutResult(tx -> tx.run(cypher, params).consume());
          written += batch.size();
        }
      }
    }
    return written;
  }

  static Map<String, Object> nodeRow(NodeSchema schema, NodeRecord record) {
    // Only the record's own keys are written: a transformer sets every property it owns (null when
    // unknown, which removes an old value), and properties owned by another step, such as the
    // content-scan results on an artifact, are left as they are.
    Map<String, Object> props = new HashMap<>();
    for (var e : record.properties().entrySet()) {
      if (!schema.declares(e.getKey())) {
        throw new IllegalArgumentException(
            schema.type() + " has no declared property '" + e.getKey() + "' (record " + record.id() + ")");
      }
      props.put(e.getKey(), GraphValues.normalize(e.getValue()));
    }
    Map<String, Object> row = new HashMap<>();
    row.put("id", record.id());
    row.put("provider", record.scope().provider());
    row.put("account", record.scope().account());
    row.put("region", record.scope().region());
    row.put("scope", record.scope().key());
    row.put("props", props);
    return row;
  }
}
