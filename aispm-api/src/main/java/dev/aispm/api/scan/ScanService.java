package dev.aispm.api.scan;

import dev.aispm.api.metrics.PostureGauges;
import dev.aispm.api.metrics.ScanMetrics;
import dev.aispm.api.notification.AlertService;
import dev.aispm.api.schedule.ScanEvent;
import dev.aispm.posture.scan.ScanOrchestrator;
import dev.aispm.posture.scan.ScanResult;
import dev.aispm.posture.scan.ScanScope;
import dev.aispm.api.schedule.ScanRunner;
import dev.aispm.api.schedule.ScanScheduler;
import dev.aispm.graph.connect.GraphConnection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Session;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service side of scanning: queues API-triggered scans into the scheduler under an id the
 * caller gets at once, and runs each scheduled or queued {@link ScanEvent} through the
 * {@link ScanOrchestrator}, recording metrics and marking the run FAILED if it breaks half-way
 * (otherwise it would show RUNNING forever), then sends the alerts of the findings the scan opened or
 * reopened.
 */
public final class ScanService implements ScanRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ScanService.class);

  private final GraphConnection graph;
  private final ScanOrchestrator orchestrator;
  private final ScanScheduler scheduler;
  private final ScanMetrics metrics;
  private final PostureGauges gauges;
  private final AlertService alerts;

  public ScanService(GraphConnection graph, ScanOrchestrator orchestrator, ScanScheduler scheduler,
      ScanMetrics metrics, PostureGauges gauges, AlertService alerts) {
    this.graph = graph;
    this.orchestrator = orchestrator;
    this.scheduler = scheduler;
    this.metrics = metrics;
    this.gauges = gauges;
    this.alerts = alerts;
  }

  /** Records a QUEUED scan run and hands it to the scheduler; returns the scan id. */
  public String queue(ScanScope scope, String requestedBy) throws SchedulerException {
    String scanId = ScanOrchestrator.newScanId(Instant.now());
    mark(scanId, "QUEUED", scope, "api", requestedBy, null);
    try {
      scheduler.trigger(new ScanEvent(scanId, scope, "api", requestedBy));
    } catch (SchedulerException | RuntimeException e) {
      mark(scanId, "FAILED", scope, "api", requestedBy, "could not be scheduled: " + e.getMessage());
      throw e;
    }
    return scanId;
  }

  @Override
  public void run(ScanEvent event) {
    String scanId = event.scanId() != null ? event.scanId() : ScanOrchestrator.newScanId(Instant.now());
    mark(scanId, null, event.scope(), event.trigger(), event.requestedBy(), null);
    LOG.info("scan {} of {} started ({} by {})", scanId, event.scope(), event.trigger(), event.requestedBy());
    try {
      ScanResult result = orchestrator.run(scanId, event.trigger(), event.scope(),
          (collector, message, done, total) -> LOG.debug("{}: {} {}/{}", collector, message, done, total));
      metrics.record(event.scope(), result);
      LOG.info("scan {} finished: {}, {} findings, {} failed scopes", scanId, result.status(),
          result.evaluation().findings().size(), result.failures().size());
      // After the scan is recorded, so an alert's link shows the finding as the scan left it.
      alerts.afterScan(scanId);
    } catch (RuntimeException e) {
      mark(scanId, "FAILED", event.scope(), event.trigger(), event.requestedBy(), e.toString());
      throw e;
    } finally {
      gauges.refresh();
    }
  }

  /** Sets scope, trigger and requester (and status and error when given) on the scan run node. */
  private void mark(String scanId, String status, ScanScope scope, String trigger, String requestedBy, String error) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", scanId);
    p.put("status", status);
    p.put("scope", scope.key());
    p.put("trigger", trigger);
    p.put("requestedBy", requestedBy);
    p.put("error", error);
    p.put("now", Instant.now().atZone(ZoneOffset.UTC));
    try (Session s = graph.session()) {
      s.executeWriteWithoutResult(tx -> tx.run("""
          MERGE (r:ScanRun {id: $id})
          ON CREATE SET r.queuedAt = $now
          SET r.scope = $scope, r.trigger = $trigger, r.requestedBy = $requestedBy,
              r.status = coalesce($status, r.status), r.error = coalesce($error, r.error),
              r.finishedAt = CASE WHEN $status = 'FAILED' THEN $now ELSE r.finishedAt END
          """, p).consume());
    }
  }
}
