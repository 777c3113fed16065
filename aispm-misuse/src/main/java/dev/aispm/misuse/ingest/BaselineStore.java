package dev.aispm.misuse.ingest;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.RecordSchema;
import dev.aispm.graph.schema.common.RecordSchemas;
import dev.aispm.misuse.detect.Baseline;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Reads and writes {@code ActivityBaseline} records. Like checkpoints, baselines are written in
 * the transaction of the detections they led to: a baseline that learned a caller without the
 * detection of that caller being stored would never report it.
 */
public final class BaselineStore {
  private static final RecordSchema R = RecordSchemas.ACTIVITY_BASELINE;

  private BaselineStore() {}

  public static List<Baseline> loadAll(GraphConnection graph) {
    try (Session s = graph.session()) {
      return s.executeRead(tx -> tx.run("MATCH (b:ActivityBaseline) RETURN b").list(r -> {
        Value b = r.get("b");
        return new Baseline(b.get("kind").asString(), b.get("subject").asString(), instant(b.get("firstSeen")),
            instant(b.get("learnUntil")), new java.util.LinkedHashSet<>(b.get("principals").asList(Value::asString, List.of())),
            new java.util.LinkedHashSet<>(b.get("sourceIps").asList(Value::asString, List.of())),
            new java.util.LinkedHashSet<>(b.get("userAgents").asList(Value::asString, List.of())),
            b.get("events").asLong(0), instant(b.get("currentHour")), b.get("currentHourCount").asLong(0),
            instant(b.get("spikeReportedHour")));
      }));
    }
  }

  /** Writes the baselines inside {@code tx}. */
  public static void save(TransactionContext tx, List<Baseline> changed, Instant now) {
    if (changed.isEmpty()) {
      return;
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Baseline b : changed) {
      RecordSchema.Row row = R.row()
          .set("kind", b.kind())
          .set("subject", b.subject())
          .set("firstSeen", utc(b.firstSeen()))
          .set("learnUntil", utc(b.learnUntil()))
          .set("principals", List.copyOf(b.principals()))
          .set("sourceIps", List.copyOf(b.sourceIps()))
          .set("userAgents", List.copyOf(b.userAgents()))
          .set("events", b.events())
          .set("currentHour", utc(b.currentHour()))
          .set("currentHourCount", b.currentHourCount())
          .set("spikeReportedHour", utc(b.spikeReportedHour()))
          .set("updatedAt", utc(now));
      rows.add(Map.of("id", b.id(), "props", row.toMap()));
    }
    tx.run("UNWIND $rows AS row MERGE (b:ActivityBaseline {id: row.id}) SET b += row.props",
        Map.of("rows", rows)).consume();
  }

  private static Object utc(Instant at) {
    return at == null ? null : at.atZone(ZoneOffset.UTC);
  }

  private static Instant instant(Value v) {
    return v == null || v.isNull() ? null : v.asZonedDateTime().toInstant();
  }
}
