package dev.aispm.collectors.gcp.activity;

import dev.aispm.collectors.gcp.GcpClients;
import dev.aispm.collectors.gcp.GcpFailures;
import dev.aispm.collectors.gcp.GcpSettings;
import dev.aispm.graph.collect.AccountScopedCollector;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.CollectorStage;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.misuse.detect.DetectorSettings;
import dev.aispm.misuse.ingest.IngestSettings;
import dev.aispm.misuse.ingest.MisuseEngine;
import dev.aispm.misuse.source.gcp.AuditLogParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Session;

/**
 * The Google Cloud misuse stage: reads each collected project's audit logs since its checkpoint
 * into the misuse engine, after the inventory and content stages so detectors know which buckets
 * feed AI and which service accounts AI runs as. The projects are those this scan's inventory
 * wrote, so a per-project scan reads only its own logs. A project whose logs cannot be read is
 * recorded as a failed {@code activity} step with the missing permission.
 *
 * <p>Pages come oldest first, so each is admitted as it arrives: a commit inside the run (every
 * {@link IngestSettings#commitEvery()} events) never moves the checkpoint past an unread event,
 * and what was read before a failed page is kept.
 */
public final class GcpActivityCollector implements AccountScopedCollector {
  static final String STEP = "activity";
  static final String LIST = "logging.logEntries.list";
  static final String LIST_PRIVATE = "logging.privateLogEntries.list";

  private static final String PROJECTS = """
      MATCH (p:GCPProject) WHERE p.lastScanId = $scanId AND coalesce(p.scanned, true)
      RETURN p.account AS id ORDER BY id""";

  private final GcpSettings settings;
  private final IngestSettings ingest;
  private final Clock clock;

  public GcpActivityCollector(GcpSettings settings, IngestSettings ingest, Clock clock) {
    this.settings = settings;
    this.ingest = ingest;
    this.clock = clock;
  }

  @Override
  public String provider() {
    return "gcp";
  }

  @Override
  public CollectorStage stage() {
    return CollectorStage.ACTIVITY;
  }

  /** Reads only what this scan's inventory wrote, so a per-project scan already narrows it. */
  @Override
  public void collect(CollectionContext context, Set<String> projects) {
    collect(context);
  }

  @Override
  public void collect(CollectionContext context) {
    List<String> projects;
    try (Session s = context.graph().session()) {
      projects = s.run(PROJECTS, Map.of("scanId", context.tag().scanId())).list(r -> r.get("id").asString());
    }
    if (projects.isEmpty()) {
      return;
    }
    GcpClients clients;
    try {
      clients = GcpClients.open(settings);
    } catch (RuntimeException e) {
      context.ledger().failedStep(new ScopeKey("gcp", "unknown", ScopeKey.GLOBAL), STEP, "credentials",
          e.getMessage(), null, Duration.ZERO);
      return;
    }
    try (clients) {
      MisuseEngine engine = new MisuseEngine(context.graph(), ingest, DetectorSettings.DEFAULTS, clock);
      AuditLogFetcher fetcher = new AuditLogFetcher(clients.rest(), settings.endpoints().loggingOrDefault());
      int done = 0;
      for (String project : projects) {
        context.progress().step("gcp activity", "audit logs " + project, ++done, projects.size());
        read(context, engine, fetcher, project);
      }
    }
  }

  private void read(CollectionContext context, MisuseEngine engine, AuditLogFetcher fetcher, String project) {
    long t0 = System.nanoTime();
    ScopeKey scope = new ScopeKey("gcp", project, ScopeKey.GLOBAL);
    try {
      MisuseEngine.SourceRun run = engine.openByTime(source(project), "gcp", project);
      Instant from = run.readFrom();
      Instant to = clock.instant();
      try {
        fetcher.pages(project, from, to, body -> run.accept(AuditLogParser.parsePage(body), null));
      } catch (RuntimeException e) {
        // A denied Data Access read names logging.privateLogEntries.list; without a named
        // permission the call needed both.
        GcpFailures.Failure f = GcpFailures.describe(e, LIST + "," + LIST_PRIVATE);
        context.ledger().failedStep(scope, STEP, LIST, f.error(), f.missingPermission(),
            Duration.ofNanos(System.nanoTime() - t0));
      }
      // Pages were admitted oldest first: what was read is kept even when a later page failed.
      run.commit();
    } catch (RuntimeException e) {
      // The graph refused the checkpoint or the detections: this project is retried next scan,
      // the next project is still read.
      context.ledger().failedStep(scope, STEP, "write detections", e.toString(), null,
          Duration.ofNanos(System.nanoTime() - t0));
    }
  }

  /** The checkpoint id of a project's audit logs. */
  static String source(String project) {
    return "gcp/" + project + "/audit-logs";
  }
}
