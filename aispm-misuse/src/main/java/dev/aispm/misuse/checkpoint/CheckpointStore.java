package dev.aispm.misuse.checkpoint;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.RecordSchema;
import dev.aispm.graph.schema.common.RecordSchemas;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Reads and writes {@code ActivityCheckpoint} records. Saving takes the caller's transaction:
 * the checkpoint must commit with the detections of the events it covers, or a crash between
 * the two would skip events (checkpoint first) or read them twice (detections first).
 */
public final class CheckpointStore {
  private static final RecordSchema R = RecordSchemas.ACTIVITY_CHECKPOINT;
  private final GraphConnection graph;

  public CheckpointStore(GraphConnection graph) {
    this.graph = graph;
  }

  /** The stored checkpoint of {@code source}, or a fresh one. */
  public Checkpoint load(String source) {
    try (Session s = graph.session()) {
      List<Record> rows = s.executeRead(tx -> tx.run(
          "MATCH (c:ActivityCheckpoint {id: $id}) RETURN c", Map.of("id", source)).list());
      if (rows.isEmpty()) {
        return Checkpoint.start(source);
      }
      Value c = rows.get(0).get("c");
      Value hw = c.get("highWater");
      return new Checkpoint(source, c.get("position").asString(null),
          hw.isNull() ? null : hw.asZonedDateTime().toInstant(),
          new HashSet<>(c.get("boundaryIds").asList(Value::asString, List.of())),
          c.get("eventsRead").asLong(0), c.get("malformed").asLong(0));
    }
  }

  /** Writes {@code c} inside {@code tx}. */
  public static void save(TransactionContext tx, Checkpoint c, String provider, String account, Instant now) {
    RecordSchema.Row row = R.row()
        .set("provider", provider)
        .set("account", account)
        .set("position", c.position())
        .set("highWater", c.highWater() == null ? null : c.highWater().atZone(ZoneOffset.UTC))
        .set("boundaryIds", List.copyOf(c.boundaryIds()))
        .set("eventsRead", c.eventsRead())
        .set("malformed", c.malformed())
        .set("updatedAt", now.atZone(ZoneOffset.UTC));
    tx.run("MERGE (c:ActivityCheckpoint {id: $id}) SET c += $props",
        Map.of("id", c.source(), "props", row.toMap())).consume();
  }
}
