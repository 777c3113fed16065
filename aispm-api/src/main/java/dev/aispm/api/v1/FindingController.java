package dev.aispm.api.v1;

import dev.aispm.api.audit.AuditEntry;
import dev.aispm.api.audit.AuditLog;
import dev.aispm.posture.query.FindingDetail;
import dev.aispm.posture.query.FindingFilter;
import dev.aispm.posture.query.FindingQueries;
import dev.aispm.posture.query.FindingQueue;
import dev.aispm.posture.query.FindingView;
import dev.aispm.posture.query.Slice;
import dev.aispm.rules.findings.FindingStatus;
import dev.aispm.api.v1.dto.FindingPage;
import dev.aispm.api.v1.dto.SuppressRequest;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.rules.catalog.Compliance;
import dev.aispm.rules.findings.FindingStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
  static final Set<String> SEVERITIES = Set.copyOf(FindingQueries.SEVERITIES);
  static final Set<String> STATUSES = java.util.Arrays.stream(FindingStatus.values()).map(Enum::name)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final FindingStore store;
  private final FindingQueries findings;
  private final FindingQueue queue;
  private final RenderedPageWriter pages;
  private final AuditLog audit;
  private final Clock clock;

  public FindingController(GraphConnection graph, FindingQueue queue, RenderedPageWriter pages, AuditLog audit,
      Clock clock) {
    this.store = new FindingStore(graph.driver(), graph.database());
    this.findings = new FindingQueries(graph);
    this.queue = queue;
    this.pages = pages;
    this.audit = audit;
    this.clock = clock;
    findings.ensureIndexes();
  }

  /**
   * Reads the risk queue into memory once the service is up, so that the first SOC poll after a
   * start does not wait for it (it takes seconds at a hundred thousand findings).
   */
  @EventListener(ApplicationReadyEvent.class)
  public void warmQueue() {
    Thread warm = new Thread(() -> {
      try {
        queue.size();
      } catch (RuntimeException e) {
        // The first request reads it instead; the graph may not be reachable yet.
        LoggerFactory.getLogger(FindingController.class).warn("risk queue not preloaded: {}", e.toString());
      }
    }, "aispm-finding-queue-warm");
    warm.setDaemon(true);
    warm.start();
  }

  @Operation(summary = "Findings, highest score first, filtered (severity, status, rule, category, resource, "
      + "control, compliance framework, provider) and paged with a cursor.")
  // The answer is a Page<FindingView> (documented as FindingPage), written from the JSON the risk
  // queue keeps per finding: SOC tooling polls the same pages all day, and writing fifty findings
  // anew for each poll cost more than finding them.
  @ApiResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = FindingPage.class)))
  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<byte[]> list(
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
    String fw = Limits.filter("framework", framework);
    if (fw != null && !Compliance.FRAMEWORKS.contains(fw)) {
      throw new InvalidParameterException("framework", "must be one of " + Compliance.FRAMEWORKS);
    }
    String after = Cursor.decode(cursor);
    FindingFilter.Position position = null;
    if (after != null) {
      int bar = after.indexOf('|');
      try {
        position = new FindingFilter.Position(Integer.parseInt(after.substring(0, bar)), after.substring(bar + 1));
      } catch (RuntimeException e) {
        throw new InvalidParameterException("cursor", "not a cursor issued by this API");
      }
    }
    FindingFilter filter = new FindingFilter(
        oneOf("severity", Limits.filter("severity", severity), SEVERITIES, true),
        oneOf("status", Limits.filter("status", status), STATUSES, false),
        Limits.filter("rule", rule), Limits.filter("category", category), Limits.filter("resource", resource),
        Limits.filter("control", control), fw, Limits.filter("provider", provider), position);
    Slice<FindingQueue.Rendered> page = queue.renderedPage(filter, n);
    String next = null;
    if (page.hasMore()) {
      FindingView last = page.last().view();
      next = Cursor.encode(last.score() + "|" + last.id());
    }
    byte[] body = pages.write(page.items().stream().map(FindingQueue.Rendered::bytes).toList(), next, n);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  @Operation(summary = "Suppress a finding (operator): accept the risk with a reason, optionally until a time.")
  @PostMapping("/{id}/suppress")
  @PreAuthorize("hasRole('OPERATOR')")
  public FindingDetail suppress(@PathVariable String id, @Valid @RequestBody SuppressRequest body) {
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
  public FindingDetail unsuppress(@PathVariable String id) {
    checkId(id);
    String who = Callers.current();
    if (!store.unsuppress(id)) {
      FindingDetail current = findings.detail(id).orElse(null);
      String why = current == null ? "no such finding" : "not suppressed";
      audit.record(who, "finding.unsuppress", id, AuditEntry.FAILURE, why);
      if (current == null) {
        throw new NotFoundException("finding " + id);
      }
      throw new ConflictException("finding " + id + " is not suppressed (status " + current.finding().status() + ")");
    }
    audit.record(who, "finding.unsuppress", id, AuditEntry.SUCCESS, null);
    return get(id);
  }

  @Operation(summary = "One finding with its resources, attack path and score explanation.")
  @GetMapping("/{id}")
  public FindingDetail get(@PathVariable String id) {
    checkId(id);
    return findings.detail(id).orElseThrow(() -> new NotFoundException("finding " + id));
  }

  private static void checkId(String id) {
    if (!id.matches("[0-9a-f]{32}")) {
      throw new InvalidParameterException("id", "a finding id is 32 hexadecimal characters");
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
