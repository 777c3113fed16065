package dev.aispm.graph.scan;

import dev.aispm.graph.connect.GraphConnection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * Persists scan runs and their per-scope outcomes as {@code (:ScanRun)-[:HAS_OUTCOME]->(:ScanOutcome)},
 * so the API and the dashboard can show what each scan did, what failed and which permission was
 * missing, long after the process that ran it is gone.
 */
public final class ScanRunStore {
  private final GraphConnection graph;

  public ScanRunStore(GraphConnection graph) {
    this.graph = graph;
  }

  /** Records that a scan started. */
  public void started(String scanId, String trigger, List<String> providers, Instant at) {
    try (Session s = graph.session()) {
      s.executeWriteWithoutResult(tx -> tx.run("""
          MERGE (r:ScanRun {id: $id})
          SET r.status = 'RUNNING', r.trigger = $trigger, r.providers = $providers, r.startedAt = $at
          """, Map.of("id", scanId, "trigger", trigger, "providers", providers,
          "at", at.atZone(ZoneOffset.UTC))).consume());
    }
  }

  /**
   * Records the end of a scan with its outcomes. Status is SUCCEEDED when nothing failed,
   * PARTIAL when something failed but something succeeded, FAILED when nothing succeeded.
   */
  public String finished(ScanLedger ledger, Instant at, Map<String, Object> summary) {
    List<ScopeOutcome> outcomes = ledger.outcomes();
    boolean anyFailed = outcomes.stream().anyMatch(o -> !o.succeeded());
    boolean anySucceeded = outcomes.stream().anyMatch(ScopeOutcome::succeeded);
    String status = !anyFailed ? "SUCCEEDED" : anySucceeded ? "PARTIAL" : "FAILED";
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ScopeOutcome o : outcomes) {
      Map<String, Object> row = new HashMap<>();
      row.put("scope", o.scope().key());
      row.put("provider", o.scope().provider());
      row.put("account", o.scope().account());
      row.put("region", o.scope().region());
      row.put("resourceType", o.resourceType());
      row.put("succeeded", o.succeeded());
      row.put("count", o.count());
      row.put("durationMs", o.duration().toMillis());
      row.put("operation", o.operation());
      row.put("error", o.error());
      row.put("missingPermission", o.missingPermission());
      rows.add(row);
    }
    try (Session s = graph.session()) {
      s.executeWriteWithoutResult(tx -> {
        tx.run("""
            MATCH (r:ScanRun {id: $id})
            SET r.status = $status, r.finishedAt = $at, r += $summary,
                r.failureCount = $failures, r.outcomeCount = $count
            WITH r
            UNWIND $rows AS row
            CREATE (r)-[:HAS_OUTCOME]->(o:ScanOutcome)
            SET o = row
            """, Map.of("id", ledger.scanId(), "status", status, "at", at.atZone(ZoneOffset.UTC),
            "summary", summary, "failures", outcomes.stream().filter(o -> !o.succeeded()).count(),
            "count", outcomes.size(), "rows", rows)).consume();
      });
    }
    return status;
  }
}
