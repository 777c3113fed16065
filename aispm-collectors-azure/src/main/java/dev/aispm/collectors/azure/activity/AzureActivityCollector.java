package dev.aispm.collectors.azure.activity;

import dev.aispm.collectors.azure.AzureCollector;
import dev.aispm.collectors.azure.AzureSettings;
import dev.aispm.collectors.azure.arm.ArmClient;
import dev.aispm.collectors.azure.arm.ArmException;
import dev.aispm.collectors.azure.diagnostics.DiagnosticLogStage;
import dev.aispm.graph.collect.AccountScopedCollector;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.CollectorStage;
import dev.aispm.graph.collect.StepRunner;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.misuse.detect.DetectorSettings;
import dev.aispm.misuse.event.ParseResult;
import dev.aispm.misuse.ingest.IngestSettings;
import dev.aispm.misuse.ingest.MisuseEngine;
import dev.aispm.misuse.source.azure.ActivityLogParser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Azure misuse stage: reads each collected subscription's Activity Log since its checkpoint
 * into the misuse engine, then the diagnostic logs that AI accounts archive to storage
 * ({@link DiagnosticLogStage}) into the same engine, after the inventory and content stages so
 * detectors know which accounts are Azure AI's. The subscriptions are those this scan's inventory wrote, so a
 * per-subscription scan reads only its own log. A subscription whose log cannot be read is
 * recorded on the scan as a failed {@code activity} step with the missing permission, and its
 * checkpoint stays where it was.
 */
public final class AzureActivityCollector implements AccountScopedCollector {
  static final String STEP = "activity";

  private final AzureSettings settings;
  private final IngestSettings ingest;
  private final Clock clock;

  public AzureActivityCollector(AzureSettings settings, IngestSettings ingest, Clock clock) {
    this.settings = settings;
    this.ingest = ingest;
    this.clock = clock;
  }

  @Override
  public String provider() {
    return AzureCollector.PROVIDER;
  }

  @Override
  public CollectorStage stage() {
    return CollectorStage.ACTIVITY;
  }

  /** Reads only what this scan's inventory wrote, so a per-subscription scan already narrows it. */
  @Override
  public void collect(CollectionContext context, Set<String> accounts) {
    collect(context);
  }

  @Override
  public void collect(CollectionContext context) {
    List<String> subscriptions = StepRunner.accountsWritten(context, "AzureSubscription");
    if (subscriptions.isEmpty()) {
      return;
    }
    ArmClient arm = AzureCollector.arm(settings);
    MisuseEngine engine = new MisuseEngine(context.graph(), ingest, DetectorSettings.DEFAULTS, clock);
    ActivityLogFetcher fetcher = new ActivityLogFetcher(arm);
    StepRunner steps = new StepRunner(context, STEP);
    int done = 0;
    for (String subscription : subscriptions) {
      context.progress().step("azure activity", "Activity Log " + subscription, ++done, subscriptions.size());
      steps.run(new ScopeKey(AzureCollector.PROVIDER, subscription, ScopeKey.GLOBAL),
          attempt -> read(engine, fetcher, subscription), AzureActivityCollector::failure);
    }
    new DiagnosticLogStage(settings, clock).collect(context, arm, engine);
  }

  /**
   * One subscription's window, read whole before anything is admitted: the Activity Log answers
   * newest first, and a window cut by a failed page must not move the checkpoint.
   */
  private void read(MisuseEngine engine, ActivityLogFetcher fetcher, String subscription) {
    MisuseEngine.SourceRun run = engine.openByTime(source(subscription), AzureCollector.PROVIDER, subscription);
    Instant from = run.readFrom();
    Instant to = clock.instant();
    List<ParseResult> pages = new ArrayList<>();
    fetcher.pages(subscription, from, to, body -> pages.add(ActivityLogParser.parsePage(body)));
    run.acceptInTimeOrder(pages, null);
    run.commit();
  }

  private static StepRunner.Failure failure(Exception e) {
    return e instanceof ArmException arm
        ? new StepRunner.Failure(arm.action(), arm.getMessage(), arm.missingPermission())
        : new StepRunner.Failure("Microsoft.Insights/eventtypes/values/read", e.toString(), null);
  }

  /** The checkpoint id of a subscription's Activity Log. */
  static String source(String subscription) {
    return "azure/" + subscription + "/activity-log";
  }
}
