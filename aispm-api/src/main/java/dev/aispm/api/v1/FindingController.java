package dev.aispm.api.v1;

import dev.aispm.api.audit.AuditEntry;
import dev.aispm.api.audit.AuditLog;
import dev.aispm.api.report.PostureQueries;
import dev.aispm.api.v1.dto.Page;
import dev.aispm.api.v1.dto.SuppressRequest;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.rules.catalog.Compliance;
import dev.aispm.rules.findings.FindingStore;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Session;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Findings, highest risk first, with the filters a SOC queue needs; one finding in detail; and
 * suppression, which operators use to accept a risk (audited).
 */
@RestController
@RequestMapping("/api/v1/findings")
public class FindingController {
  static final Set<String> SEVERITIES = Set.of("critical", "high", "medium", "low", "info");
  static final Set<String> STATUSES = Set.of("OPEN", "REOPENED", "RESOLVED", "SUPPRESSED");

  private final GraphConnection graph;
  private final FindingStore store;
  private final AuditLog audit;
  private final Clock clock;

  public FindingController(GraphConnection graph, AuditLog audit, Clock clock) {
    this.graph = graph;
    this.store = new FindingStore(graph.driver(), graph.database());
    this.audit = audit;
    this.clock = clock;
    try (Session s = graph.session()) {
      // The queue is read in score order: an index on score lets each page start at its cursor
      // and stop after a page, instead of sorting every finding on every request.
      s.run("CREATE INDEX finding_score IF NOT EXISTS FOR (f:Finding) ON (f.score)").consume();
      s.run("CALL db.awaitIndexes(60)").consume();
    }
  }

  @Operation(summary = "Findings, highest score first, filtered (severity, status, rule, category, resource, "
      + "control, compliance framework, provider) and paged with a cursor.")
  @GetMapping
  public Page<Map<String, Object>> list(
      @RequestParam(required = false) String severity,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String rule,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String resource,
      @RequestParam(required = false) String control,
      @RequestParam(required = false) String framework,
      @RequestParam(required = false) String provider,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    int n = Limits.check(limit);
    Map<String, Object> p = new HashMap<>();
    p.put("severity", oneOf("severity", Limits.filter("severity", severity), SEVERITIES, true));
    p.put("status", oneOf("status", Limits.filter("status", status), STATUSES, false));
    p.put("rule", Limits.filter("rule", rule));
    p.put("category", Limits.filter("category", category));
    p.put("resource", Limits.filter("resource", resource));
    p.put("control", Limits.filter("control", control));
    String fw = Limits.filter("framework", framework);
    if (fw != null && !Compliance.FRAMEWORKS.contains(fw)) {
      throw new InvalidParameterException("framework", "must be one of " + Compliance.FRAMEWORKS);
    }
    // Controls are stored as "framework:control", so a framework is a prefix of its controls.
    p.put("frameworkPrefix", fw == null ? null : fw + ":");
    p.put("provider", Limits.filter("provider", provider));
    String after = Cursor.decode(cursor);
    Integer afterScore = null;
    String afterId = null;
    if (after != null) {
      int bar = after.indexOf('|');
      try {
        afterScore = Integer.parseInt(after.substring(0, bar));
        afterId = after.substring(bar + 1);
      } catch (RuntimeException e) {
        throw new InvalidParameterException("cursor", "not a cursor issued by this API");
      }
    }
    p.put("afterScore", afterScore);
    p.put("maxScore", afterScore == null ? Integer.MAX_VALUE : afterScore);
    p.put("afterId", afterId);
    p.put("limit", n + 1);
    try (Session s = graph.session()) {
      List<Map<String, Object>> rows = s.run("""
          MATCH (f:Finding) USING INDEX f:Finding(score)
          WHERE f.score <= $maxScore
            AND ($severity IS NULL OR f.severity = $severity)
            AND ($status IS NULL OR f.status = $status)
            AND ($rule IS NULL OR f.ruleId = $rule)
            AND ($category IS NULL OR f.category = $category)
            AND ($resource IS NULL OR $resource IN f.resourceIds)
            AND ($control IS NULL OR $control IN f.controls)
            AND ($frameworkPrefix IS NULL OR any(c IN coalesce(f.controls, []) WHERE c STARTS WITH $frameworkPrefix))
            AND ($provider IS NULL OR EXISTS { (f)-[:AFFECTS]->(a:Asset) WHERE a.provider = $provider })
            AND ($afterScore IS NULL OR f.score < $afterScore OR (f.score = $afterScore AND f.id > $afterId))
          RETURN f ORDER BY f.score DESC, f.id LIMIT $limit
          """, p).list(r -> PostureQueries.finding(r.get("f").asNode()));
      String next = null;
      if (rows.size() > n) {
        Map<String, Object> last = rows.get(n - 1);
        next = Cursor.encode(last.get("score") + "|" + last.get("id"));
      }
      return new Page<>(rows.subList(0, Math.min(n, rows.size())), next, n);
    }
  }

  @Operation(summary = "Suppress a finding (operator): accept the risk with a reason, optionally until a time.")
  @PostMapping("/{id}/suppress")
  @PreAuthorize("hasRole('OPERATOR')")
  public Map<String, Object> suppress(@PathVariable String id, @Valid @RequestBody SuppressRequest body) {
    checkId(id);
    String who = Callers.current();
    if (!store.suppress(id, body.reason().strip(), body.until(), who, clock.instant())) {
      audit.record(who, "finding.suppress", id, AuditEntry.FAILURE, "no such finding");
      throw new NotFoundException("finding " + id);
    }
    audit.record(who, "finding.suppress", id, AuditEntry.SUCCESS,
        "until=" + (body.until() == null ? "unsuppressed" : body.until()) + " reason=" + body.reason().strip());
    return get(id);
  }

  @Operation(summary = "Lift a finding's suppression (operator); it returns to the status it had.")
  @DeleteMapping("/{id}/suppress")
  @PreAuthorize("hasRole('OPERATOR')")
  public Map<String, Object> unsuppress(@PathVariable String id) {
    checkId(id);
    String who = Callers.current();
    if (!store.unsuppress(id)) {
      Map<String, Object> current = find(id);
      String why = current == null ? "no such finding" : "not suppressed";
      audit.record(who, "finding.unsuppress", id, AuditEntry.FAILURE, why);
      if (current == null) {
        throw new NotFoundException("finding " + id);
      }
      throw new ConflictException("finding " + id + " is not suppressed (status " + current.get("status") + ")");
    }
    audit.record(who, "finding.unsuppress", id, AuditEntry.SUCCESS, null);
    return get(id);
  }

  @Operation(summary = "One finding with its resources, attack path and score explanation.")
  @GetMapping("/{id}")
  public Map<String, Object> get(@PathVariable String id) {
    checkId(id);
    Map<String, Object> out = find(id);
    if (out == null) {
      throw new NotFoundException("finding " + id);
    }
    return out;
  }

  private static void checkId(String id) {
    if (!id.matches("[0-9a-f]{32}")) {
      throw new InvalidParameterException("id", "a finding id is 32 hexadecimal characters");
    }
  }

  private Map<String, Object> find(String id) {
    try (Session s = graph.session()) {
      var rows = s.run("""
          MATCH (f:Finding {id: $id})
          OPTIONAL MATCH (f)-[:AFFECTS]->(a:Asset)
          RETURN f, collect(a) AS assets
          """, Map.of("id", id)).list();
      if (rows.isEmpty()) {
        return null;
      }
      Map<String, Object> out = PostureQueries.finding(rows.get(0).get("f").asNode());
      out.put("resources", rows.get(0).get("assets").asList(v -> PostureQueries.asset(v.asNode())));
      return out;
    }
  }

  static String oneOf(String name, String value, Set<String> allowed, boolean lower) {
    if (value == null) {
      return null;
    }
    String v = lower ? value.toLowerCase(Locale.ROOT) : value.toUpperCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      throw new InvalidParameterException(name, "must be one of " + allowed.stream().sorted().toList());
    }
    return v;
  }
}
