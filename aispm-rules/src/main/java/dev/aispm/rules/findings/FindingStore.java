package dev.aispm.rules.findings;

import dev.aispm.graph.schema.RecordSchema;
import dev.aispm.graph.schema.common.RecordSchemas;
import dev.aispm.graph.driver.Sessions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.graph.write.SyncTag;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.TransactionContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Persists findings as {@code (:Finding)-[:AFFECTS]->(:Asset)} and moves them through their
 * lifecycle. Findings are nodes of the same graph so that the API can join them to assets and
 * paths, and so that "open findings on this notebook" is one query.
 */
public final class FindingStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String UPSERT = """
      UNWIND $rows AS row
      MERGE (f:Finding {id: row.id})
      ON CREATE SET f.firstSeen = $now, f.status = 'OPEN'
      WITH f, row,
           CASE
             WHEN f.status = 'RESOLVED' THEN 'REOPENED'
             WHEN f.status = 'SUPPRESSED' AND f.suppressedUntil IS NOT NULL AND f.suppressedUntil < $now THEN 'OPEN'
             ELSE f.status
           END AS next
      SET f += row.props,
          f.reopenedAt = CASE WHEN f.status = 'RESOLVED' THEN $now ELSE f.reopenedAt END,
          f.status = next,
          f.resolvedAt = CASE WHEN next = 'RESOLVED' THEN f.resolvedAt ELSE null END,
          f.lastSeen = $now, f.lastScanId = $scanId
      WITH f, row
      OPTIONAL MATCH (f)-[old:AFFECTS]->()
      DELETE old
      WITH DISTINCT f, row
      UNWIND row.resourceIds AS rid
      MATCH (a:Asset {id: rid})
      MERGE (f)-[:AFFECTS]->(a)
      """;

  private static final String RESOLVE = """
      MATCH (f:Finding)
      WHERE f.lastScanId <> $scanId AND f.status IN $active
        AND f.ruleId IN $rules AND f.scope IN $scopes
      SET f.status = 'RESOLVED', f.resolvedAt = $now
      RETURN count(f) AS resolved
      """;

  private static final String BUMP = """
      MERGE (v:FindingsRevision {id: 'findings'})
      SET v.revision = coalesce(v.revision, 0) + 1, v.changedAt = $now
      """;

  /** Changes this process made to the findings; readers in the same process compare it with their cache's. */
  private static final AtomicLong LOCAL_CHANGES = new AtomicLong();

  private final Driver driver;
  private final SessionConfig session;

  public FindingStore(Driver driver, String database) {
    this.driver = driver;
    this.session = Sessions.forDatabase(database);
  }

  /**
   * Stores this scan's findings and resolves the findings of the evaluated rules that were not
   * matched again in a scope the scan collected successfully.
   *
   * @return number of findings resolved
   */
  public long sync(List<Finding> findings, Collection<String> evaluatedRules,
      Collection<String> succeededScopes, SyncTag tag) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Finding f : findings) {
      // Built through the declaration, so a misspelt property fails here and not in a reader.
      RecordSchema.Row props = RecordSchemas.FINDING.row();
      props.set("ruleId", f.rule().id());
      props.set("title", f.rule().title());
      props.set("severity", f.rule().severity().id());
      props.set("category", f.rule().category().id());
      props.set("provider", f.rule().provider());
      props.set("result", f.result());
      props.set("score", f.score().score());
      props.set("scoreFactors", json(f.score().factors()));
      props.set("reason", f.reason());
      props.set("path", json(f.path()));
      props.set("pathLength", f.path().size());
      props.set("resourceId", f.resourceId());
      props.set("resourceIds", f.resourceIds());
      props.set("scope", f.scope());
      List<String> controls = new ArrayList<>();
      f.rule().compliance().controls().forEach((fw, ids) -> ids.forEach(c -> controls.add(fw + ":" + c)));
      props.set("controls", controls);
      rows.add(Map.of("id", f.id(), "props", props.toMap(), "resourceIds", f.resourceIds()));
    }
    Map<String, Object> common = Map.of("now", tag.timestamp(), "scanId", tag.scanId());
    try (Session s = driver.session(session)) {
      for (int from = 0; from < rows.size(); from += 1000) {
        List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + 1000));
        Map<String, Object> params = new HashMap<>(common);
        params.put("rows", batch);
        s.executeWriteWithoutResult(tx -> tx.run(UPSERT, params).consume());
      }
      Map<String, Object> params = new HashMap<>(common);
      params.put("rules", List.copyOf(evaluatedRules));
      params.put("scopes", List.copyOf(succeededScopes));
      params.put("active", FindingStatus.active());
      long resolved = s.executeWrite(tx -> {
        long n = tx.run(RESOLVE, params).single().get("resolved").asLong();
        tx.run(BUMP, Map.of("now", tag.timestamp())).consume();
        return n;
      });
      LOCAL_CHANGES.incrementAndGet();
      return resolved;
    }
  }

  /**
   * How many times this process has changed the findings. A reader that caches findings compares
   * it on every read: a change made here shows at once, while a change made by another instance
   * on the same graph shows through {@link #revision}.
   */
  public static long localChanges() {
    return LOCAL_CHANGES.get();
  }

  /**
   * Records that the findings changed through a write that did not go through this store (an
   * import, a fixture, a clean-up), so that cached risk queues are rebuilt.
   */
  public void markChanged() {
    try (Session s = driver.session(session)) {
      s.executeWriteWithoutResult(tx -> tx.run(BUMP, Map.of("now", ZonedDateTime.now(ZoneOffset.UTC))).consume());
    }
    LOCAL_CHANGES.incrementAndGet();
  }

  /** The graph's findings revision, bumped by every write of every instance; 0 before the first. */
  public long revision() {
    try (Session s = driver.session(session)) {
      return s.executeRead(tx -> tx.run("MATCH (v:FindingsRevision {id: 'findings'}) RETURN v.revision AS r")
          .list(r -> r.get("r").asLong(0))).stream().findFirst().orElse(0L);
    }
  }

  /** Suppresses a finding until {@code until} (null: until unsuppressed); false if it does not exist. */
  public boolean suppress(String id, String reason, Instant until, String who, Instant now) {
    try (Session s = driver.session(session)) {
      Map<String, Object> params = new HashMap<>();
      params.put("id", id);
      params.put("reason", reason);
      params.put("until", until == null ? null : until.atZone(ZoneOffset.UTC));
      params.put("who", who);
      params.put("now", now.atZone(ZoneOffset.UTC));
      return changed(s.executeWrite(tx -> bumpIf(tx, tx.run("""
          MATCH (f:Finding {id: $id})
          SET f.statusBeforeSuppression = CASE WHEN f.status = 'SUPPRESSED' THEN f.statusBeforeSuppression ELSE f.status END,
              f.status = 'SUPPRESSED', f.suppressionReason = $reason, f.suppressedUntil = $until,
              f.suppressedBy = $who, f.suppressedAt = $now
          RETURN count(f) AS n
          """, params).single().get("n").asInt(), params.get("now"))));
    }
  }

  /** Lifts a suppression, returning the finding to the status it had; false if not suppressed. */
  public boolean unsuppress(String id) {
    try (Session s = driver.session(session)) {
      return changed(s.executeWrite(tx -> bumpIf(tx, tx.run("""
          MATCH (f:Finding {id: $id, status: 'SUPPRESSED'})
          SET f.status = coalesce(f.statusBeforeSuppression, 'OPEN'),
              f.suppressionReason = null, f.suppressedUntil = null, f.suppressedBy = null,
              f.suppressedAt = null, f.statusBeforeSuppression = null
          RETURN count(f) AS n
          """, Map.of("id", id)).single().get("n").asInt(), ZonedDateTime.now(ZoneOffset.UTC))));
    }
  }

  private static boolean bumpIf(TransactionContext tx, int changed, Object now) {
    if (changed > 0) {
      tx.run(BUMP, Map.of("now", now)).consume();
    }
    return changed > 0;
  }

  private static boolean changed(boolean changed) {
    if (changed) {
      LOCAL_CHANGES.incrementAndGet();
    }
    return changed;
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
