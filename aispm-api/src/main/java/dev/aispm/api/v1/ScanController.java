package dev.aispm.api.v1;

import dev.aispm.api.audit.AuditEntry;
import dev.aispm.api.audit.AuditLog;
import dev.aispm.posture.scan.ScanOrchestrator;
import dev.aispm.posture.scan.ScanScope;
import dev.aispm.api.scan.ScanService;
import dev.aispm.api.v1.dto.Page;
import dev.aispm.api.v1.dto.ScanAccepted;
import dev.aispm.api.v1.dto.ScanRequest;
import dev.aispm.graph.connect.GraphConnection;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.quartz.SchedulerException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scans: the history with per-scope outcomes and per-collector errors and timings, and the manual
 * trigger, which queues the scan through the scheduler (the same job as the cron schedules, so it
 * never overlaps a scheduled scan of the same scope).
 */
@RestController
@RequestMapping("/api/v1/scans")
public class ScanController {
  static final Set<String> STATUSES = Set.of("QUEUED", "RUNNING", "SUCCEEDED", "PARTIAL", "FAILED");
  /** Outcomes listed per scan; a scan of many accounts and regions has thousands. */
  static final int MAX_OUTCOMES = 500;

  private final GraphConnection graph;
  private final ScanService scans;
  private final ScanOrchestrator orchestrator;
  private final AuditLog audit;

  public ScanController(GraphConnection graph, ScanService scans, ScanOrchestrator orchestrator, AuditLog audit) {
    this.graph = graph;
    this.scans = scans;
    this.orchestrator = orchestrator;
    this.audit = audit;
  }

  @Operation(summary = "Queue a scan of every provider, one provider, or one account (operator). "
      + "Answers 202 with the scan id; follow it at the Location.")
  @PostMapping
  @PreAuthorize("hasRole('OPERATOR')")
  public ResponseEntity<ScanAccepted> trigger(@Valid @RequestBody(required = false) ScanRequest body)
      throws SchedulerException {
    String who = Callers.current();
    ScanScope scope;
    try {
      scope = body == null ? ScanScope.ALL : new ScanScope(blankToNull(body.provider()), blankToNull(body.account()));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(body.account() != null && body.provider() != null ? "account" : "provider",
          e.getMessage());
    }
    if (scope.provider() != null && !orchestrator.providers().contains(scope.provider())) {
      throw new InvalidParameterException("provider", "no collector is configured for '" + scope.provider()
          + "' (configured: " + orchestrator.providers() + ")");
    }
    String scanId;
    try {
      scanId = scans.queue(scope, who);
    } catch (SchedulerException | RuntimeException e) {
      audit.record(who, "scan.trigger", scope.key(), AuditEntry.FAILURE, e.getMessage());
      throw e;
    }
    audit.record(who, "scan.trigger", scanId, AuditEntry.SUCCESS, "scope=" + scope.key());
    String location = "/api/v1/scans/" + scanId;
    return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(location))
        .body(new ScanAccepted(scanId, scope.key(), "QUEUED", location));
  }

  @Operation(summary = "Scans, newest first, optionally of one status; paged with a cursor.")
  @GetMapping
  public Page<Map<String, Object>> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
    int n = Limits.check(limit);
    Map<String, Object> p = new HashMap<>();
    p.put("status", FindingController.oneOf("status", Limits.filter("status", status), STATUSES, false));
    p.put("before", Cursor.decode(cursor));
    p.put("limit", n + 1);
    try (Session s = graph.session()) {
      List<Map<String, Object>> runs = s.run("""
          MATCH (r:ScanRun)
          WHERE ($status IS NULL OR r.status = $status) AND ($before IS NULL OR r.id < $before)
          RETURN r ORDER BY r.id DESC LIMIT $limit
          """, p).list(r -> run(r.get("r").asNode()));
      String next = runs.size() > n ? Cursor.encode((String) runs.get(n - 1).get("id")) : null;
      return new Page<>(runs.subList(0, Math.min(n, runs.size())), next, n);
    }
  }

  @Operation(summary = "One scan: status, per-collector errors and timings, and its per-scope outcomes "
      + "(failures first, at most 500).")
  @GetMapping("/{id}")
  public Map<String, Object> get(@PathVariable String id) {
    if (!id.matches("scan-[0-9TZ]{16}-[0-9a-f]{8}")) {
      throw new InvalidParameterException("id", "a scan id looks like scan-20250101T000000Z-0a1b2c3d");
    }
    try (Session s = graph.session()) {
      var rows = s.run("""
          MATCH (r:ScanRun {id: $id})
          OPTIONAL MATCH (r)-[:HAS_OUTCOME]->(o:ScanOutcome)
          WITH r, o ORDER BY o.succeeded, o.scope, o.resourceType
          RETURN r, collect(o) AS outcomes
          """, Map.of("id", id)).list();
      if (rows.isEmpty()) {
        throw new NotFoundException("scan " + id);
      }
      Map<String, Object> out = run(rows.get(0).get("r").asNode());
      List<Map<String, Object>> outcomes = rows.get(0).get("outcomes").asList(v -> new HashMap<>(v.asNode().asMap()));
      out.put("collectors", collectors(outcomes));
      out.put("outcomes", outcomes.subList(0, Math.min(MAX_OUTCOMES, outcomes.size())));
      out.put("outcomesTruncated", outcomes.size() > MAX_OUTCOMES);
      return out;
    }
  }

  /** Per provider: steps, failures, summed duration and the distinct errors (at most 50). */
  static List<Map<String, Object>> collectors(List<Map<String, Object>> outcomes) {
    Map<String, Map<String, Object>> by = new LinkedHashMap<>();
    for (Map<String, Object> o : outcomes) {
      String provider = String.valueOf(o.get("provider"));
      Map<String, Object> c = by.computeIfAbsent(provider, k -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("provider", k);
        m.put("steps", 0L);
        m.put("failures", 0L);
        m.put("resources", 0L);
        m.put("durationMs", 0L);
        m.put("errors", new ArrayList<Map<String, Object>>());
        return m;
      });
      c.merge("steps", 1L, (a, b) -> (Long) a + (Long) b);
      c.merge("resources", number(o.get("count")), (a, b) -> (Long) a + (Long) b);
      c.merge("durationMs", number(o.get("durationMs")), (a, b) -> (Long) a + (Long) b);
      if (Boolean.FALSE.equals(o.get("succeeded"))) {
        c.merge("failures", 1L, (a, b) -> (Long) a + (Long) b);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) c.get("errors");
        if (errors.size() < 50) {
          Map<String, Object> e = new LinkedHashMap<>();
          e.put("scope", o.get("scope"));
          e.put("resourceType", o.get("resourceType"));
          e.put("operation", o.get("operation"));
          e.put("error", o.get("error"));
          e.put("missingPermission", o.get("missingPermission"));
          errors.add(e);
        }
      }
    }
    return new ArrayList<>(by.values());
  }

  private static long number(Object o) {
    return o instanceof Number n ? n.longValue() : 0L;
  }

  static Map<String, Object> run(org.neo4j.driver.types.Node r) {
    Map<String, Object> m = new LinkedHashMap<>();
    java.util.TreeSet<String> keys = new java.util.TreeSet<>();
    r.keys().forEach(keys::add);
    keys.forEach(k -> {
      Value v = r.get(k);
      Object o = v.asObject();
      m.put(k, o instanceof java.time.temporal.Temporal ? o.toString() : o);
    });
    return m;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
