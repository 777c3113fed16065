package dev.aispm.collectors.azure;

import dev.aispm.collectors.azure.activity.AzureActivityCollector;
import dev.aispm.collectors.azure.storage.BlobContentScan;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.collectors.content.image.ImageBudget;
import dev.aispm.collectors.content.image.ImageReader;
import dev.aispm.graph.collect.Collector;
import dev.aispm.graph.collect.CollectorFactory;
import dev.aispm.misuse.ingest.IngestSettings;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Registers the Azure collectors under {@code azure} in {@code AISPM_PROVIDERS}: the ARM inventory,
 * the content stage that reads the blobs the inventory linked to AI assets, and the activity stage
 * that reads the Activity Log for misuse detection.
 */
public final class AzureCollectorFactory implements CollectorFactory {
  @Override
  public String provider() {
    return AzureCollector.PROVIDER;
  }

  @Override
  public List<Collector> create(Map<String, String> environment) {
    AzureSettings azure = AzureSettings.fromEnvironment(environment);
    ContentScanEngine engine = ContentScanEngine.withInstalledScanners(ScanLimits.defaults());
    ContentBudget budget = ContentBudget.fromEnvironment(environment);
    CodePackageScan codeScan = CodePackageScan.withDefaults(engine, budget);
    return List.of(new AzureCollector(azure, new ImageReader(codeScan, ImageBudget.fromEnvironment(environment)), codeScan),
        new BlobContentScan(azure, engine, budget, codeScan),
        new AzureActivityCollector(azure, IngestSettings.fromEnvironment(environment), Clock.systemUTC()));
  }
}
