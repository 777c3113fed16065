package dev.aispm.collectors.gcp;

import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.image.ImageBudget;
import dev.aispm.collectors.content.image.ImageReader;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.collectors.gcp.activity.GcpActivityCollector;
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
    ContentBudget budget = ContentBudget.fromEnvironment(environment);
    return List.of(new GcpCollector(gcp, new ImageReader(CodePackageScan.withDefaults(
            ContentScanEngine.withInstalledScanners(ScanLimits.defaults()), budget), ImageBudget.fromEnvironment(environment))),
        new GcsContentScan(gcp, ContentScanEngine.withInstalledScanners(ScanLimits.defaults()),
            ContentBudget.fromEnvironment(environment)),
        new GcpActivityCollector(gcp, IngestSettings.fromEnvironment(environment), java.time.Clock.systemUTC()));
  }
}
