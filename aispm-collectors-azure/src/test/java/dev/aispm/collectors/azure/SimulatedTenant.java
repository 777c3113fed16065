package dev.aispm.collectors.azure;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.simulator.azure.SimulatedAzure;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The simulated Azure tenant for one test class, as a JUnit extension: started before the class's
 * first test and closed after its last, with an empty graph, none of the faults a test stubbed
 * and an empty request journal before every test, so that no test sees what another one scanned,
 * stubbed or sent. Register it as
 * {@code @RegisterExtension static final SimulatedTenant azure = new SimulatedTenant();} and use it
 * as the tenant itself.
 */
final class SimulatedTenant implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  private SimulatedAzure azure;

  @Override
  public void beforeAll(ExtensionContext context) {
    azure = SimulatedAzure.start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    InProcessNeo4j.reset();
    azure.resetFaults();
    azure.server().resetRequests();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    azure.close();
    azure = null;
  }

  /** The environment a scan of the tenant runs with; see {@link SimulatedAzure#azureEnvironment}. */
  Map<String, String> azureEnvironment() {
    return tenant().azureEnvironment();
  }

  /** The fake's server, for a test's own stubs and for counting the requests a scan made. */
  WireMockServer server() {
    return tenant().server();
  }

  /** Removes the stubs a test added so far; see {@link SimulatedAzure#resetFaults}. */
  void resetFaults() {
    tenant().resetFaults();
  }

  /** Logs one model call in the tenant's diagnostic logs; see {@link SimulatedAzure#logModelCall}. */
  void logModelCall(Instant at, String callerIp) {
    tenant().logModelCall(at, callerIp);
  }

  private SimulatedAzure tenant() {
    if (azure == null) {
      throw new IllegalStateException("the simulated tenant runs only while its test class does");
    }
    return azure;
  }
}
