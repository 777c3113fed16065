package dev.aispm.collectors.azure;

import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.Collector;
import dev.aispm.graph.collect.ScanProgress;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.scan.StaleCleanup;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.graph.write.SyncTag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs one scan of an environment into the in-process Neo4j as the orchestrator does: every
 * collector the Azure factory makes (the inventory, the blob content stage, then the Activity Log
 * stage), then stale cleanup.
 */
final class AzureScans {
  private AzureScans() {}

  static ScanLedger scan(Map<String, String> environment, String scanId) {
    GraphConnection graph = InProcessNeo4j.connection();
    ScanLedger ledger = new ScanLedger(scanId);
    SyncTag tag = new SyncTag(scanId, Instant.now());
    Map<String, String> env = new HashMap<>(environment);
    CollectionContext context = new CollectionContext(graph, ledger, tag, ScanProgress.NONE);
    List<Collector> collectors = new ArrayList<>(new AzureCollectorFactory().create(env));
    collectors.sort(Comparator.comparing(Collector::stage));
    collectors.forEach(c -> c.collect(context));
    new StaleCleanup(graph.driver(), graph.database(), SchemaCatalog.standard()).run(ledger, tag);
    return ledger;
  }
}
