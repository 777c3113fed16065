package dev.aispm.collectors.gcp;

import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.collectors.gcp.activity.GcpActivityCollector;
import dev.aispm.collectors.gcp.storage.GcsContentScan;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import dev.aispm.graph.collect.ScanProgress;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.scan.StaleCleanup;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.graph.write.SyncTag;
import dev.aispm.misuse.ingest.IngestSettings;
import dev.aispm.simulator.gcp.SimulatedGcp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Test fixture: the simulated Google Cloud with a fresh credential file, and a one-call scan (the
 * inventory, the object content stage, then the audit log stage) into the shared in-process Neo4j followed by the
 * ledger's stale cleanup, as the application does.
 */
final class SimulatedGcpScan implements AutoCloseable {
  final SimulatedGcp gcp;
  final Path credentials;

  SimulatedGcpScan(Path dir) {
    gcp = SimulatedGcp.start();
    credentials = gcp.writeCredentials(dir);
  }

  /** The collector's environment for the whole simulated organization, plus {@code extra}. */
  Map<String, String> environment(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(gcp.environment(credentials));
    env.putAll(extra);
    return env;
  }

  ScanLedger scan(Map<String, String> env, String scanId) {
    GraphConnection graph = InProcessNeo4j.connection();
    ScanLedger ledger = new ScanLedger(scanId);
    SyncTag tag = new SyncTag(scanId, Instant.now());
    GcpSettings settings = GcpSettings.fromEnvironment(env);
    CollectionContext context = new CollectionContext(graph, ledger, tag, ScanProgress.NONE);
    new GcpCollector(settings).collect(context);
    new GcsContentScan(settings, ContentScanEngine.withInstalledScanners(ScanLimits.defaults()),
        ContentBudget.fromEnvironment(env)).collect(context);
    new GcpActivityCollector(settings, IngestSettings.DEFAULTS, Clock.systemUTC()).collect(context);
    new StaleCleanup(graph.driver(), graph.database(), SchemaCatalog.standard()).run(ledger, tag);
    return ledger;
  }

  @Override
  public void close() {
    gcp.close();
  }
}
