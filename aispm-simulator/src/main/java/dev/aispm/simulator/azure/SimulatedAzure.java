package dev.aispm.simulator.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulated Azure tenant on its own TLS WireMock server on 127.0.0.1: Entra ID's token
 * endpoint and Azure Resource Manager in one. Clients reach it through the Azure SDK's standard
 * settings (AZURE_AUTHORITY_HOST, AZURE_RESOURCE_MANAGER_ENDPOINT, the client-secret credential)
 * and trust its self-signed certificate through a truststore, so no call leaves the machine.
 */
public final class SimulatedAzure implements AutoCloseable {
  /** Password of the shipped test keystore and truststore. */
  public static final String STORE_PASSWORD = "aispm-simulator";

  private final WireMockServer server;
  private final AzureRouter router;
  private final AzureTenant tenant;
  private final Path truststore;

  private SimulatedAzure(WireMockServer server, AzureRouter router, AzureTenant tenant, Path truststore) {
    this.server = server;
    this.router = router;
    this.tenant = tenant;
    this.truststore = truststore;
  }

  /** Starts the acme tenant on a free port. */
  public static SimulatedAzure start() {
    Path dir;
    try {
      dir = Files.createTempDirectory("aispm-azure-sim");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path keystore = extract("simulator/azure/tls/simulator.p12", dir.resolve("simulator.p12"));
    Path truststore = extract("simulator/azure/tls/truststore.p12", dir.resolve("truststore.p12"));
    AzureRouter router = new AzureRouter(AzureTenant.ACME);
    WireMockServer server = new WireMockServer(options()
        .bindAddress("127.0.0.1")
        .httpDisabled(true)
        .dynamicHttpsPort()
        .keystorePath(keystore.toString())
        .keystoreType("PKCS12")
        .keystorePassword(STORE_PASSWORD)
        .keyManagerPassword(STORE_PASSWORD)
        .containerThreads(16)
        .jettyAcceptors(1)
        .gzipDisabled(true)
        .extensions(router));
    server.start();
    router.baseUrl("https://127.0.0.1:" + server.httpsPort());
    routeEverything(server);
    return new SimulatedAzure(server, router, AzureTenant.ACME, truststore);
  }

  private static void routeEverything(WireMockServer server) {
    // Lowest priority: a test's own stub (a throttle, a denial) matches first.
    server.stubFor(any(anyUrl()).atPriority(100).willReturn(aResponse().withTransformers(AzureRouter.NAME)));
  }

  /** Removes every stub and scenario a test added in front of the tenant. */
  public void resetFaults() {
    server.resetMappings();
    server.resetScenarios();
    routeEverything(server);
  }

  private static Path extract(String resource, Path target) {
    try (InputStream in = SimulatedAzure.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing simulator resource " + resource);
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      target.toFile().deleteOnExit();
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code https://127.0.0.1:PORT}. */
  public String baseUrl() {
    return "https://127.0.0.1:" + server.httpsPort();
  }

  /**
   * The environment a scan of this tenant needs: the client-secret credential, the endpoint
   * overrides (ARM, Entra ID and the container registry's data plane, so no call leaves for the
   * public cloud) and the truststore of the certificate.
   */
  public Map<String, String> azureEnvironment() {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("AZURE_TENANT_ID", tenant.tenantId());
    e.put("AZURE_CLIENT_ID", tenant.clientId());
    e.put("AZURE_CLIENT_SECRET", tenant.clientSecret());
    e.put("AZURE_AUTHORITY_HOST", baseUrl() + "/");
    e.put("AZURE_RESOURCE_MANAGER_ENDPOINT", baseUrl() + "/");
    e.put("AISPM_AZURE_ACR_ENDPOINT", baseUrl());
    e.put("AISPM_AZURE_TRUSTSTORE", truststore.toString());
    e.put("AISPM_AZURE_TRUSTSTORE_PASSWORD", STORE_PASSWORD);
    return e;
  }

  public AzureTenant tenant() {
    return tenant;
  }

  /**
   * Logs one more embeddings call of {@code acme-aiservices-secure} at {@code at} by key from
   * {@code callerIp}, appended to its hour's archived blob as the service appends: what a later
   * scan must read as the blob's new tail.
   */
  public void logModelCall(Instant at, String callerIp) {
    router.diagnostics().call(at, "", callerIp, "200");
  }

  /** ARM requests answered so far. */
  public long callCount() {
    return router.calls();
  }

  /** The WireMock server, so tests can put faults (throttling) in front of the tenant and read the journal. */
  public WireMockServer server() {
    return server;
  }

  @Override
  public void close() {
    server.stop();
    try {
      Files.deleteIfExists(truststore);
    } catch (IOException ignored) {
      // deleteOnExit takes care of it
    }
  }

  /**
   * Runs the tenant on its own until the process is stopped, printing the environment a scan
   * needs as shell {@code export} lines: {@code AISPM_PROVIDERS=azure ./aispm scan --once} then
   * scans it as it would a real tenant.
   */
  public static void main(String[] args) throws InterruptedException {
    SimulatedAzure azure = start();
    Runtime.getRuntime().addShutdownHook(new Thread(azure::close));
    azure.azureEnvironment().forEach((k, v) -> System.out.println("export " + k + "='" + v + "'"));
    System.out.flush();
    Thread.currentThread().join();
  }
}
