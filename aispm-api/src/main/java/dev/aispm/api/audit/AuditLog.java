package dev.aispm.api.audit;

import dev.aispm.graph.connect.GraphConnection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends audit entries as {@code (:AuditEntry)} nodes of the graph and pages through them, newest
 * first. The graph is the store every instance shares, so one log covers a cluster. Entries are
 * also logged on the {@code aispm.audit} logger for shipping to a SIEM.
 */
public final class AuditLog {
  private static final Logger LOG = LoggerFactory.getLogger("aispm.audit");

  private final GraphConnection graph;
  private final Clock clock;

  public AuditLog(GraphConnection graph, Clock clock) {
    this.graph = graph;
    this.clock = clock;
    try (Session s = graph.session()) {
      s.run("CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.id IS UNIQUE").consume();
      s.run("CREATE INDEX audit_entry_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at)").consume();
    }
  }

  /** Records an action. A failure to write is logged and rethrown: an unaudited change must not pass silently. */
  public AuditEntry record(String actor, String action, String target, String outcome, String detail) {
    Instant at = clock.instant();
    // Ids sort by time, so (at, id) paging is stable even for entries of the same millisecond.
    String id = String.format("%013d-%s", at.toEpochMilli(), UUID.randomUUID().toString().substring(0, 8));
    AuditEntry e = new AuditEntry(id, at, actor, action, target, outcome, detail);
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("at", at.atZone(ZoneOffset.UTC));
    p.put("actor", actor);
    p.put("action", action);
    p.put("target", target);
    p.put("outcome", outcome);
    p.put("detail", detail);
    try (Session s = graph.session()) {
      s.executeWriteWithoutResult(tx -> tx.run("""
          CREATE (:AuditEntry {id: $id, at: $at, actor: $actor, action: $action, target: $target,
                               outcome: $outcome, detail: $detail})
          """, p).consume());
    }
    LOG.info("audit actor={} action={} target={} outcome={} detail={}", actor, action, target, outcome, detail);
    return e;
  }

  /** Entries older than the entry {@code beforeId} (null: newest first page), newest first. */
  public List<AuditEntry> page(String beforeId, String actor, String action, int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("before", beforeId);
    p.put("actor", actor);
    p.put("action", action);
    p.put("limit", limit);
    try (Session s = graph.session()) {
      return s.executeRead(tx -> tx.run("""
          MATCH (e:AuditEntry)
          WHERE ($before IS NULL OR e.id < $before)
            AND ($actor IS NULL OR e.actor = $actor)
            AND ($action IS NULL OR e.action = $action)
          RETURN e ORDER BY e.id DESC LIMIT $limit
          """, p).list(r -> entry(r.get("e").asNode())));
    }
  }

  private static AuditEntry entry(Node n) {
    return new AuditEntry(n.get("id").asString(), n.get("at").asZonedDateTime().toInstant(),
        n.get("actor").asString(null), n.get("action").asString(null), n.get("target").asString(null),
        n.get("outcome").asString(null), n.get("detail").asString(null));
  }
}
