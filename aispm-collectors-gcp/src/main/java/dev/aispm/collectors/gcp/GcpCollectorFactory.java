package dev.aispm.collectors.gcp;

import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.image.ImageBudget;
import dev.aispm.collectors.content.image.ImageReader;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.collectors.gcp.activity.GcpActivityCollector;
import dev.aispm.collectors.gcp.functions.FunctionSourceReader;
import dev.aispm.collectors.gcp.storage.GcsContentScan;
import dev.aispm.graph.collect.Collector;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import dev.aispm.graph.collect.CollectorFactory;
import dev.aispm.misuse.ingest.IngestSettings;
import java.util.List;
import java.util.Map;

/**
 * Registers the Google Cloud collectors under the provider name {@code gcp}: the inventory, the
 * content stage that reads the Cloud Storage objects the inventory linked to AI assets, and the
 * activity stage that reads the audit logs for misuse detection.
 */
public final class GcpCollectorFactory implements CollectorFactory {
  @Override
  public String provider() {
    return "gcp";
  }

  @Override
  public List<Collector> create(Map<String, String> environment) {
    GcpSettings gcp = GcpSettings.fromEnvironment(environment);
    ContentScanEngine engine = ContentScanEngine.withInstalledScanners(ScanLimits.defaults());
    ContentBudget budget = ContentBudget.fromEnvironment(environment);
    CodePackageScan codeScan = CodePackageScan.withDefaults(engine, budget);
    return List.of(new GcpCollector(gcp, new ImageReader(codeScan, ImageBudget.fromEnvironment(environment)),
            new FunctionSourceReader(codeScan), codeScan),
        new GcsContentScan(gcp, engine, budget, codeScan),
        new GcpActivityCollector(gcp, IngestSettings.fromEnvironment(environment), java.time.Clock.systemUTC()));
  }
}
