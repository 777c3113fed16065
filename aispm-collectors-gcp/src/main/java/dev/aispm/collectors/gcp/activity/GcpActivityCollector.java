package dev.aispm.collectors.gcp.activity;

import dev.aispm.collectors.gcp.GcpClients;
import dev.aispm.collectors.gcp.GcpFailures;
import dev.aispm.collectors.gcp.GcpSettings;
import dev.aispm.graph.collect.AccountScopedCollector;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.CollectorStage;
import dev.aispm.graph.collect.StepRunner;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.misuse.detect.DetectorSettings;
import dev.aispm.misuse.ingest.IngestSettings;
import dev.aispm.misuse.ingest.MisuseEngine;
import dev.aispm.misuse.source.gcp.AuditLogParser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

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
    List<String> projects = StepRunner.accountsWritten(context, "GCPProject");
    if (projects.isEmpty()) {
      return;
    }
    StepRunner steps = new StepRunner(context, STEP);
    GcpClients clients;
    try {
      clients = GcpClients.open(settings);
    } catch (RuntimeException e) {
      steps.failed(new ScopeKey("gcp", "unknown", ScopeKey.GLOBAL), new StepRunner.Failure("credentials",
          e.getMessage(), null));
      return;
    }
    try (clients) {
      MisuseEngine engine = new MisuseEngine(context.graph(), ingest, DetectorSettings.DEFAULTS, clock);
      AuditLogFetcher fetcher = new AuditLogFetcher(clients.rest(), settings.endpoints().loggingOrDefault());
      int done = 0;
      for (String project : projects) {
        context.progress().step("gcp activity", "audit logs " + project, ++done, projects.size());
        // What fails outside the fetch is the graph refusing the checkpoint or the detections:
        // this project is retried next scan, the next project is still read.
        steps.run(new ScopeKey("gcp", project, ScopeKey.GLOBAL), attempt -> read(attempt, engine, fetcher, project),
            e -> new StepRunner.Failure("write detections", e.toString(), null));
      }
    }
  }

  private void read(StepRunner.Attempt attempt, MisuseEngine engine, AuditLogFetcher fetcher, String project) {
    MisuseEngine.SourceRun run = engine.openByTime(source(project), "gcp", project);
    Instant from = run.readFrom();
    Instant to = clock.instant();
    try {
      fetcher.pages(project, from, to, body -> run.accept(AuditLogParser.parsePage(body), null));
    } catch (RuntimeException e) {
      // A denied Data Access read names logging.privateLogEntries.list; without a named
      // permission the call needed both.
      GcpFailures.Failure f = GcpFailures.describe(e, LIST + "," + LIST_PRIVATE);
      attempt.fail(new StepRunner.Failure(LIST, f.error(), f.missingPermission()));
    }
    // Pages were admitted oldest first: what was read is kept even when a later page failed.
    run.commit();
  }

  /** The checkpoint id of a project's audit logs. */
  static String source(String project) {
    return "gcp/" + project + "/audit-logs";
  }
}
