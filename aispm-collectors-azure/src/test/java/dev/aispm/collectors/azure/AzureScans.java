package dev.aispm.collectors.azure;

import dev.aispm.collectors.azure.activity.AzureActivityCollector;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.ScanProgress;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.scan.StaleCleanup;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.graph.write.SyncTag;
import dev.aispm.misuse.ingest.IngestSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs one scan of an environment into the in-process Neo4j (the inventory, then the Activity Log
 * stage), then stale cleanup, as the orchestrator does.
 */
final class AzureScans {
  private AzureScans() {}

  static ScanLedger scan(Map<String, String> environment, String scanId) {
    GraphConnection graph = InProcessNeo4j.connection();
    ScanLedger ledger = new ScanLedger(scanId);
    SyncTag tag = new SyncTag(scanId, Instant.now());
    Map<String, String> env = new HashMap<>(environment);
    AzureSettings settings = AzureSettings.fromEnvironment(env);
    CollectionContext context = new CollectionContext(graph, ledger, tag, ScanProgress.NONE);
    new AzureCollector(settings).collect(context);
    new AzureActivityCollector(settings, IngestSettings.DEFAULTS, Clock.systemUTC()).collect(context);
    new StaleCleanup(graph.driver(), graph.database(), SchemaCatalog.standard()).run(ledger, tag);
    return ledger;
  }
}
