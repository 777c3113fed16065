package dev.aispm.posture.scan;

import dev.aispm.graph.collect.AccountScopedCollector;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.Collector;
import dev.aispm.graph.collect.ScanProgress;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.posture.diff.ScanSnapshots;
import dev.aispm.posture.policy.ModelPolicyCheck;
import dev.aispm.posture.provenance.ProvenanceLedger;
import dev.aispm.posture.provenance.ProvenanceRecorder;
import dev.aispm.posture.query.FindingQueries;
import dev.aispm.posture.query.ScanQueries;
import dev.aispm.graph.scan.ScanRunStore;
import dev.aispm.graph.scan.StaleCleanup;
import dev.aispm.graph.schema.RecordSchema;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.graph.schema.common.RecordSchemas;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.SyncTag;
import dev.aispm.rules.catalog.RuleCatalog;
import dev.aispm.rules.engine.PostureEvaluator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one complete scan: every collector, stale cleanup where collection succeeded, the rule
 * pass, and the scan-run record. The CLI, the scheduler and the API's manual trigger all scan
 * through this one class, so a scan means the same thing wherever it starts.
 */
public final class ScanOrchestrator {
  private static final Logger LOG = LoggerFactory.getLogger(ScanOrchestrator.class);
  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private final GraphConnection graph;
  private final List<Collector> collectors;
  private final RuleCatalog rules;
  private final SchemaCatalog schema;
  private final ModelPolicyCheck modelPolicy;

  public ScanOrchestrator(GraphConnection graph, List<Collector> collectors, RuleCatalog rules,
      SchemaCatalog schema) {
    this(graph, collectors, rules, schema, null);
  }

  /**
   * @param modelPolicy the model policy the clouds' models are held to ({@code AISPM_MODEL_POLICY}),
   *                    or null: then the policy rule has nothing to judge
   */
  public ScanOrchestrator(GraphConnection graph, List<Collector> collectors, RuleCatalog rules,
      SchemaCatalog schema, ModelPolicyCheck modelPolicy) {
    this.graph = graph;
    this.collectors = List.copyOf(collectors);
    this.rules = rules;
    this.schema = schema;
    this.modelPolicy = modelPolicy;
  }

  /** Scans with every collector; never throws for a failing collector (it is recorded). */
  public ScanResult run(String trigger, ScanProgress progress) {
    return run(newScanId(Instant.now()), trigger, ScanScope.ALL, progress);
  }

  /** A new scan id, sortable by start time: the API hands it out before the scan starts. */
  public static String newScanId(Instant at) {
    return "scan-" + ID_TIME.format(at) + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The providers this orchestrator has collectors for. */
  public List<String> providers() {
    return collectors.stream().map(Collector::provider).distinct().toList();
  }

  /**
   * Scans one scope under a given id; never throws for a failing collector (it is recorded).
   * Collectors of other providers do not run; for an account scope, a collector that cannot
   * restrict itself to one account is recorded as failed rather than scanning every account.
   */
  public ScanResult run(String scanId, String trigger, ScanScope scope, ScanProgress progress) {
    Instant started = Instant.now();
    SyncTag tag = new SyncTag(scanId, started);
    ScanLedger ledger = new ScanLedger(scanId);
    ScanRunStore runs = new ScanRunStore(graph);
    // Inventory of every provider first: content stages read what the inventories linked.
    List<Collector> selected = collectors.stream()
        .filter(c -> scope.provider() == null || scope.provider().equals(c.provider()))
        .sorted(java.util.Comparator.comparing(Collector::stage)).toList();
    runs.started(scanId, trigger, selected.stream().map(Collector::provider).toList(), started);
    if (selected.isEmpty() && scope.provider() != null) {
      ledger.failed(new ScopeKey(scope.provider(), scope.account() == null ? "all" : scope.account(), "all"),
          null, scope.provider(), "no collector is configured for provider " + scope.provider(), null, Duration.ZERO);
    }

    for (Collector collector : selected) {
      long t0 = System.nanoTime();
      try {
        CollectionContext context = new CollectionContext(graph, ledger, tag, progress);
        if (scope.account() == null) {
          collector.collect(context);
        } else if (collector instanceof AccountScopedCollector scoped) {
          scoped.collect(context, Set.of(scope.account()));
        } else {
          ledger.failed(new ScopeKey(collector.provider(), scope.account(), "all"), null, collector.provider(),
              "the " + collector.provider() + " collector cannot scan a single account; schedule the provider",
              null, Duration.ZERO);
        }
      } catch (RuntimeException e) {
        // A collector is expected to record its own failures; this catches the unexpected ones so
        // that one provider's bug does not lose the other providers' results.
        LOG.error("collector {} failed", collector.provider(), e);
        ledger.failed(new ScopeKey(collector.provider(), "all", "all"), null, collector.provider(),
            e.toString(), null, Duration.ofNanos(System.nanoTime() - t0));
      }
    }

    progress.step("graph", "removing resources no longer seen", 0, -1);
    StaleCleanup.CleanupResult cleanup = new StaleCleanup(graph.driver(), graph.database(), schema).run(ledger, tag);

    judgeModels(scanId, progress);
    try {
      // What each training job read and each model came from, chained onto the ledger of earlier scans.
      progress.step("provenance", "recording training inputs and model lineage", 0, -1);
      new ProvenanceLedger(graph).append(new ProvenanceRecorder(graph).entries(scanId, Instant.now()), Instant.now());
    } catch (RuntimeException e) {
      LOG.error("scan {}: the provenance ledger entries could not be recorded", scanId, e);
    }

    progress.step("rules", "evaluating " + rules.size() + " rules", 0, rules.size());
    Set<String> succeededScopes = ledger.cleanable().stream().map(e -> e.getKey().key())
        .collect(Collectors.toSet());
    PostureEvaluator.Result evaluation = new PostureEvaluator(graph.driver(), graph.database())
        .run(rules, succeededScopes, tag);
    progress.step("rules", "evaluated " + evaluation.rulesEvaluated() + " rules", rules.size(), rules.size());

    RecordSchema.Row summary = RecordSchemas.SCAN_RUN.row()
        .set("findingCount", evaluation.findings().size())
        .set("resolvedCount", evaluation.resolved())
        .set("staleNodesRemoved", cleanup.nodes())
        .set("staleRelationshipsRemoved", cleanup.relationships())
        .set("ruleErrors", evaluation.errors().size());
    // The dashboard's risk trend reads these back: counting afterwards cannot tell what was open
    // at an earlier scan, because suppressions and resolutions rewrite the findings in place.
    ScanQueries.openCounts(new FindingQueries(graph)).forEach(summary::set);
    Instant finished = Instant.now();
    try {
      // What this scan saw, kept so that `aispm diff` can compare it with a later scan.
      new ScanSnapshots(graph).take(scanId, finished);
    } catch (RuntimeException e) {
      LOG.error("scan {}: the snapshot for later comparisons could not be recorded", scanId, e);
    }
    String status = runs.finished(ledger, finished, summary.toMap());
    return new ScanResult(scanId, status, started, finished, ledger.outcomes(), cleanup, evaluation);
  }

  /**
   * Holds the models to the policy once every cloud is collected and cleaned, so the rule pass
   * reads verdicts on exactly this scan's models. A failure keeps the previous verdicts (the
   * replacement is one transaction) and does not stop the scan.
   */
  private void judgeModels(String scanId, ScanProgress progress) {
    try {
      if (modelPolicy == null) {
        ModelPolicyCheck.clear(graph);
        return;
      }
      progress.step("policy", "judging models against " + modelPolicy.policy().name(), 0, -1);
      int outside = modelPolicy.apply(graph, scanId, Instant.now());
      LOG.info("scan {}: {} model(s) outside the model policy {}", scanId, outside, modelPolicy.policy().name());
    } catch (RuntimeException e) {
      LOG.error("scan {}: the models could not be judged against the model policy", scanId, e);
    }
  }
}
