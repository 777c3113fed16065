package dev.aispm.collectors.aws;

import dev.aispm.collectors.aws.activity.AwsActivityCollector;
import dev.aispm.collectors.aws.s3.S3ContentScan;
import dev.aispm.collectors.content.image.ImageBudget;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.graph.collect.Collector;
import dev.aispm.graph.collect.CollectorFactory;
import dev.aispm.misuse.ingest.IngestSettings;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import java.util.List;
import java.util.Map;

/**
 * Registers the AWS collectors under the provider name {@code aws}: the inventory collector (which
 * also reads Lambda code packages within the content budget), the content stage that reads the S3
 * objects the inventory linked to AI assets, and the activity stage that reads CloudTrail for
 * misuse detection.
 */
public final class AwsCollectorFactory implements CollectorFactory {
  @Override
  public String provider() {
    return "aws";
  }

  @Override
  public List<Collector> create(Map<String, String> environment) {
    AwsSettings aws = AwsSettings.fromEnvironment(environment);
    ContentScanEngine engine = ContentScanEngine.withInstalledScanners(ScanLimits.defaults());
    ContentBudget budget = ContentBudget.fromEnvironment(environment);
    CodePackageScan codeScan = CodePackageScan.withDefaults(engine, budget);
    return List.of(new AwsCollector(aws, codeScan, ImageBudget.fromEnvironment(environment)),
        new S3ContentScan(aws, engine, budget, codeScan),
        new AwsActivityCollector(aws, IngestSettings.fromEnvironment(environment), java.time.Clock.systemUTC()));
  }
}
