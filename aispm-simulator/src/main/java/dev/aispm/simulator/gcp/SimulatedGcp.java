package dev.aispm.simulator.gcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The simulated Google Cloud: one in-process WireMock server on 127.0.0.1 that answers the Google
 * APIs the GCP collector calls (Resource Manager, Service Usage, IAM, Cloud Storage, Compute,
 * Workbench, Vertex AI, Cloud Logging) and an OAuth token endpoint, for the fictional organization "acme".
 *
 * <p>It exists so that the demo and the integration tests run the real Google clients end to end
 * (credentials, token exchange, HTTP/JSON transports, paging) without a Google account. The
 * credential is a service-account key file whose {@code token_uri} points here, signed with an
 * RSA key generated at start and never written anywhere else; the clients reach the APIs through
 * their standard endpoint overrides ({@link #environment(Path)}).
 */
public final class SimulatedGcp implements AutoCloseable {
  /** The service account the credential file is for. */
  public static final String SCANNER = "aispm-scanner@acme-security.iam.gserviceaccount.com";

  private final WireMockServer server;
  private final GcpRouter router;
  private final GcpOrganization organization;
  private final KeyPair key;

  private SimulatedGcp(WireMockServer server, GcpRouter router, GcpOrganization organization, KeyPair key) {
    this.server = server;
    this.router = router;
    this.organization = organization;
    this.key = key;
  }

  /** Starts the fake with the acme organization on a free port. */
  public static SimulatedGcp start() {
    KeyPair key;
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      key = g.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    GcpOrganization org = GcpOrganization.load("simulator/gcp/organization.json");
    GcpRouter router = new GcpRouter(org, key.getPublic(), SCANNER);
    WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
        .containerThreads(32).jettyAcceptors(2).gzipDisabled(true).extensions(router));
    server.start();
    route(server);
    return new SimulatedGcp(server, router, org, key);
  }

  private static void route(WireMockServer server) {
    // Lowest priority: a test's own stub (a fault, a throttle) matches first.
    server.stubFor(any(anyUrl()).atPriority(100).willReturn(aResponse().withTransformers(GcpRouter.NAME)));
  }

  /** Removes every stub a test added in front of the organization. */
  public void resetFaults() {
    server.resetMappings();
    route(server);
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  public GcpOrganization organization() {
    return organization;
  }

  /**
   * Writes a service-account key file for the scanner account into {@code dir} (owner-only),
   * pointing its token URI here, and returns its path.
   */
  public Path writeCredentials(Path dir) {
    ObjectNode json = new ObjectMapper().createObjectNode();
    json.put("type", "service_account");
    json.put("project_id", "acme-security");
    json.put("private_key_id", "simulated-" + Integer.toHexString(key.getPublic().hashCode()));
    json.put("private_key", "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
            .encodeToString(key.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n");
    json.put("client_email", SCANNER);
    json.put("client_id", "100000000000000000001");
    json.put("token_uri", baseUrl() + "/token");
    json.put("universe_domain", "googleapis.com");
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve("aispm-simulated-gcp-key.json");
      Files.deleteIfExists(file);
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(file);
      }
      Files.writeString(file, json.toPrettyString());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The collector's configuration for this fake: the credential file, the organization to scan and
   * every per-service endpoint override.
   */
  public Map<String, String> environment(Path credentials) {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("GOOGLE_APPLICATION_CREDENTIALS", credentials.toString());
    e.put("GOOGLE_CLOUD_PROJECT", "acme-security");
    e.put("AISPM_GCP_ORGANIZATION", organization.organization());
    for (String s : new String[] {"RESOURCEMANAGER", "AIPLATFORM", "NOTEBOOKS", "STORAGE", "IAM", "COMPUTE",
        "SERVICEUSAGE", "LOGGING", "CLOUDFUNCTIONS", "RUN"}) {
      e.put("GCP_" + s + "_ENDPOINT", baseUrl());
    }
    // Artifact Registry's v1 paths are Vertex AI's (projects/*/locations), and its Docker API
    // lives on per-location hosts: both are served under a path prefix of the one port.
    e.put("GCP_ARTIFACTREGISTRY_ENDPOINT", baseUrl() + "/artifactregistry");
    e.put("GCP_ARTIFACTREGISTRY_DOCKER_ENDPOINT", baseUrl() + "/docker");
    return e;
  }

  /** Every IAM permission the calls answered so far needed (denied ones included). */
  public Set<String> permissionsSeen() {
    return router.permissionsSeen();
  }

  /** The WireMock server, so tests can add faults in front of the organization. */
  public WireMockServer server() {
    return server;
  }

  @Override
  public void close() {
    server.stop();
  }
}
