package dev.aispm.collectors.aws;

import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.collectors.aws.activity.AwsActivityCollector;
import dev.aispm.collectors.aws.s3.S3ContentScan;
import dev.aispm.misuse.ingest.IngestSettings;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.collectors.content.image.ImageBudget;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import dev.aispm.graph.collect.ScanProgress;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.scan.StaleCleanup;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.graph.write.SyncTag;
import dev.aispm.simulator.SimulatedCloud;
import java.time.Instant;
import java.util.Map;

/**
 * Test fixture: the simulated organization with the SDK pointed at it through the JVM's standard
 * AWS system properties, and a one-call scan into the shared in-process Neo4j.
 */
public final class SimulatedAws implements AutoCloseable {
  final SimulatedCloud cloud;

  SimulatedAws(SimulatedCloud cloud) {
    this.cloud = cloud;
    cloud.awsSdkSystemProperties().forEach(System::setProperty);
  }

  /** The simulated cloud, for tests in the service packages that stub faults on it. */
  public SimulatedCloud cloud() {
    return cloud;
  }

  public static SimulatedAws start() {
    return new SimulatedAws(SimulatedCloud.start());
  }

  /** Settings for the whole organization through the cross-account role. */
  public AwsSettings organizationSettings() {
    return AwsSettings.fromEnvironment(Map.of("AISPM_AWS_ROLE_NAME", cloud.awsOrganization().crossAccountRole(),
        "AISPM_AWS_EXTERNAL_ID", cloud.awsOrganization().externalId(), "AISPM_AWS_CONCURRENCY", "4"));
  }

  /**
   * Settings for every account of the organization in the given regions only, as
   * {@code AISPM_AWS_REGIONS} gives them: for tests about one region's services, which need not
   * pay for reading every other region.
   */
  public AwsSettings organizationSettings(String... regions) {
    return AwsSettings.fromEnvironment(Map.of("AISPM_AWS_ROLE_NAME", cloud.awsOrganization().crossAccountRole(),
        "AISPM_AWS_EXTERNAL_ID", cloud.awsOrganization().externalId(), "AISPM_AWS_CONCURRENCY", "4",
        "AISPM_AWS_REGIONS", String.join(",", regions)));
  }

  /** Scans, then cleans up what the ledger allows, as the app does. */
  public ScanLedger scan(AwsSettings settings, String scanId) {
    return scan(settings, scanId, ImageBudget.fromEnvironment(System.getenv()));
  }

  /** Scans with an image budget of the test's own, then cleans up. */
  public ScanLedger scan(AwsSettings settings, String scanId, ImageBudget images) {
    GraphConnection graph = InProcessNeo4j.connection();
    ScanLedger ledger = new ScanLedger(scanId);
    SyncTag tag = new SyncTag(scanId, Instant.now());
    CollectionContext context = new CollectionContext(graph, ledger, tag, ScanProgress.NONE);
    new AwsCollector(settings, CodePackageScan.withDefaults(ContentScanEngine.withInstalledScanners(
        ScanLimits.defaults()), ContentBudget.fromEnvironment(System.getenv())), images).collect(context);
    new S3ContentScan(settings, ContentScanEngine.withInstalledScanners(ScanLimits.defaults()),
        ContentBudget.fromEnvironment(Map.of())).collect(context);
    new AwsActivityCollector(settings, IngestSettings.DEFAULTS, java.time.Clock.systemUTC()).collect(context);
    new StaleCleanup(graph.driver(), graph.database(), SchemaCatalog.standard()).run(ledger, tag);
    return ledger;
  }

  @Override
  public void close() {
    cloud.awsSdkSystemProperties().keySet().forEach(System::clearProperty);
    cloud.close();
  }
}
