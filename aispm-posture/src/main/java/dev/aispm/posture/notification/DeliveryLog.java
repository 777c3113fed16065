package dev.aispm.posture.notification;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.RecordSchema;
import dev.aispm.graph.schema.common.RecordSchemas;
import dev.aispm.posture.query.NodeValues;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * Every delivery attempt as an {@code (:AlertDelivery)} record of the graph: the proof that an
 * alert went out (or why not), the dedupe memory (route, channel, finding, occurrence), and the
 * count behind each route's hourly limit. The graph is shared by every instance, so a cluster
 * dedupes and limits as one.
 */
public final class DeliveryLog {
  private final GraphConnection graph;

  public DeliveryLog(GraphConnection graph) {
    this.graph = graph;
    try (Session s = graph.session()) {
      s.run("CREATE CONSTRAINT alert_delivery_id IF NOT EXISTS FOR (d:AlertDelivery) REQUIRE d.id IS UNIQUE")
          .consume();
      s.run("CREATE INDEX alert_delivery_route IF NOT EXISTS FOR (d:AlertDelivery) ON (d.routeId, d.findingId)")
          .consume();
    }
  }

  /** One attempt to record. */
  public record Attempt(String routeId, ChannelType channel, int channelIndex, String kind, String findingId,
      List<String> findingIds, String event, Instant occurrence, String scanId, int attempt, String status,
      Integer statusCode, String error, Instant at) {}

  public DeliveryView record(Attempt a) {
    String id = String.format("%013d-%s", a.at().toEpochMilli(), UUID.randomUUID().toString().substring(0, 8));
    RecordSchema.Row row = RecordSchemas.ALERT_DELIVERY.row()
        .set("id", id).set("routeId", a.routeId()).set("channel", a.channel().id())
        .set("channelIndex", a.channelIndex()).set("kind", a.kind()).set("findingId", a.findingId())
        .set("findingIds", a.findingIds()).set("event", a.event())
        .set("occurrence", a.occurrence() == null ? null : a.occurrence().atZone(ZoneOffset.UTC))
        .set("scanId", a.scanId()).set("attempt", a.attempt()).set("status", a.status())
        .set("statusCode", a.statusCode()).set("error", a.error()).set("at", a.at().atZone(ZoneOffset.UTC));
    try (Session s = graph.session()) {
      s.executeWriteWithoutResult(tx -> tx.run("CREATE (d:AlertDelivery) SET d = $row",
          Map.of("row", row.toMap())).consume());
    }
    return new DeliveryView(id, a.routeId(), a.channel().id(), a.channelIndex(), a.kind(), a.findingId(),
        a.findingIds() == null ? List.of() : a.findingIds(), a.event(), a.scanId(), a.attempt(), a.status(),
        a.statusCode(), a.error(), a.at().toString());
  }

  /** Whether this occurrence of the finding already reached this channel of the route. */
  public boolean alreadySent(String routeId, int channelIndex, String findingId, Instant occurrence) {
    try (Session s = graph.session()) {
      return s.executeRead(tx -> tx.run("""
          MATCH (d:AlertDelivery {routeId: $route, findingId: $finding})
          WHERE d.channelIndex = $channel AND d.occurrence = $occurrence AND d.status = 'SENT'
          RETURN count(d) > 0 AS sent
          """, Map.of("route", routeId, "finding", findingId, "channel", channelIndex,
          "occurrence", occurrence.atZone(ZoneOffset.UTC))).single().get("sent").asBoolean());
    }
  }

  /** Findings the route alerted on one by one since {@code since}, counted once however many channels. */
  public long sentSince(String routeId, Instant since) {
    try (Session s = graph.session()) {
      return s.executeRead(tx -> tx.run("""
          MATCH (d:AlertDelivery {routeId: $route})
          WHERE d.kind = 'finding' AND d.attempt = 1 AND d.at >= $since
          RETURN count(DISTINCT [d.findingId, d.occurrence]) AS n
          """, Map.of("route", routeId, "since", since.atZone(ZoneOffset.UTC))).single().get("n").asLong());
    }
  }

  /** Attempts newest first, older than {@code beforeId} (null: the newest), optionally of one route. */
  public List<DeliveryView> page(String beforeId, String routeId, String status, int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("before", beforeId);
    p.put("route", routeId);
    p.put("status", status);
    p.put("limit", limit);
    try (Session s = graph.session()) {
      return s.executeRead(tx -> tx.run("""
          MATCH (d:AlertDelivery)
          WHERE ($before IS NULL OR d.id < $before) AND ($route IS NULL OR d.routeId = $route)
            AND ($status IS NULL OR d.status = $status)
          RETURN d ORDER BY d.id DESC LIMIT $limit
          """, p).list(r -> view(r.get("d").asNode())));
    }
  }

  private static DeliveryView view(Node n) {
    Value code = n.get("statusCode");
    return new DeliveryView(n.get("id").asString(), n.get("routeId").asString(null), n.get("channel").asString(null),
        n.get("channelIndex").asInt(0), n.get("kind").asString(null), n.get("findingId").asString(null),
        NodeValues.strings(n.get("findingIds")), n.get("event").asString(null), n.get("scanId").asString(null),
        n.get("attempt").asInt(0), n.get("status").asString(null), code.isNull() ? null : code.asInt(),
        n.get("error").asString(null), NodeValues.text(n.get("at")));
  }
}
