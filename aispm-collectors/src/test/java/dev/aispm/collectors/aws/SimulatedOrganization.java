package dev.aispm.collectors.aws;

import dev.aispm.collectors.content.image.ImageBudget;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.simulator.SimulatedCloud;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The simulated AWS organization for one test class, as a JUnit extension: started before the
 * class's first test and closed after its last, with an empty graph and none of the faults a test
 * stubbed before every test, so that no test sees what another one scanned or stubbed. Register it
 * as {@code @RegisterExtension static final SimulatedOrganization aws = new SimulatedOrganization();}
 * and use it as {@link SimulatedAws} itself.
 */
public final class SimulatedOrganization implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  private SimulatedAws aws;

  @Override
  public void beforeAll(ExtensionContext context) {
    aws = SimulatedAws.start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    InProcessNeo4j.reset();
    running().cloud().resetFaults();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    aws.close();
    aws = null;
  }

  /** See {@link SimulatedAws#cloud}. */
  public SimulatedCloud cloud() {
    return running().cloud();
  }

  /** See {@link SimulatedAws#organizationSettings}. */
  public AwsSettings organizationSettings() {
    return running().organizationSettings();
  }

  /** See {@link SimulatedAws#scan(AwsSettings, String)}. */
  public ScanLedger scan(AwsSettings settings, String scanId) {
    return running().scan(settings, scanId);
  }

  /** See {@link SimulatedAws#scan(AwsSettings, String, ImageBudget)}. */
  public ScanLedger scan(AwsSettings settings, String scanId, ImageBudget images) {
    return running().scan(settings, scanId, images);
  }

  private SimulatedAws running() {
    if (aws == null) {
      throw new IllegalStateException("the simulated organization runs only while its test class does");
    }
    return aws;
  }
}
