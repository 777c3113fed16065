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
import dev.aispm.posture.diff.ScanDiff;
import dev.aispm.posture.diff.ScanSnapshot;
import dev.aispm.posture.diff.ScanSnapshots;
import dev.aispm.posture.query.ScanDetail;
import dev.aispm.posture.query.ScanQueries;
import dev.aispm.posture.query.ScanRunView;
import dev.aispm.posture.query.Slice;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
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
  static final String SCAN_ID = "scan-[0-9TZ]{16}-[0-9a-f]{8}";
  private final ScanQueries history;
  private final ScanSnapshots snapshots;
  private final ScanService scans;
  private final ScanOrchestrator orchestrator;
  private final AuditLog audit;

  public ScanController(GraphConnection graph, ScanService scans, ScanOrchestrator orchestrator, AuditLog audit) {
    this.history = new ScanQueries(graph);
    this.snapshots = new ScanSnapshots(graph);
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
  public Page<ScanRunView> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
    int n = Limits.check(limit);
    Slice<ScanRunView> page = history.page(
        FindingController.oneOf("status", Limits.filter("status", status), STATUSES, false), Cursor.decode(cursor), n);
    return new Page<>(page.items(), page.hasMore() ? Cursor.encode(page.last().id()) : null, n);
  }

  @Operation(summary = "One scan: status, per-collector errors and timings, and its per-scope outcomes "
      + "(failures first, at most 500).")
  @GetMapping("/{id}")
  public ScanDetail get(@PathVariable String id) {
    if (!id.matches(SCAN_ID)) {
      throw new InvalidParameterException("id", "a scan id looks like scan-20250101T000000Z-0a1b2c3d");
    }
    return history.detail(id).orElseThrow(() -> new NotFoundException("scan " + id));
  }

  @Operation(summary = "What changed from scan a to scan b: assets, relationships and findings added, removed "
      + "and changed, from the snapshots recorded as each scan ended (at most `limit` of each list, default 500).")
  @GetMapping("/{a}/diff/{b}")
  public ScanDiff diff(@PathVariable String a, @PathVariable String b, @RequestParam(required = false) Integer limit) {
    for (String id : List.of(a, b)) {
      if (!id.matches(SCAN_ID)) {
        throw new InvalidParameterException("id", "a scan id looks like scan-20250101T000000Z-0a1b2c3d");
      }
    }
    int n = limit == null ? 500 : limit;
    if (n < 1 || n > 5000) {
      throw new InvalidParameterException("limit", "must be 1..5000");
    }
    return ScanDiff.of(snapshot(a), snapshot(b), n);
  }

  private ScanSnapshot snapshot(String id) {
    return snapshots.load(id).orElseThrow(() -> new NotFoundException("snapshot of scan " + id
        + " (the scan is unknown, still running, or ended before snapshots were recorded)"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
