package dev.aispm.collectors.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.simulator.azure.SimulatedAzure;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/**
 * Container apps through the real ARM pipeline against the simulated tenant: the external RAG API
 * is reachable from the internet, runs an image of the subscription's registry and names an
 * OpenAI key by a secret reference whose value never reaches the graph; a denied listing is
 * recorded and keeps what the previous scan found.
 */
class ContainerAppIT {
  static SimulatedAzure azure;
  static final String PROD = "11111111-aaaa-4aaa-8aaa-111111111111";

  @BeforeAll
  static void start() {
    azure = SimulatedAzure.start();
  }

  @AfterAll
  static void stop() {
    azure.close();
  }

  @BeforeEach
  void reset() {
    InProcessNeo4j.reset();
    azure.server().resetRequests();
  }

  @Test
  void externalAppRunsARegistryImageIsReachableAndNamesAnAiKeyWithoutItsValue() {
    ScanLedger ledger = AzureScans.scan(azure.azureEnvironment(), "aca-1");
    assertThat(ledger.failures()).extracting(f -> f.resourceType()).doesNotContain("AzureContainerApp");

    assertThat(rows("""
        MATCH (a:Compute:ServerlessWorkload:AzureContainerApp {name: 'acme-rag-api', internetReachable: true,
               ingressExternal: true, targetPort: 8080})
        WHERE a.secretEnvironmentVariables = ['OPENAI_API_KEY'] AND a.aiProviderSettings = ['OPENAI_API_KEY']
        RETURN a""")).isEqualTo(1);
    assertThat(rows("""
        MATCH (:Internet)-[r:CAN_REACH {via: 'ingress', port: 8080}]->(:AzureContainerApp {name: 'acme-rag-api'})
        RETURN r""")).isEqualTo(1);
    assertThat(rows("""
        MATCH (:AzureContainerApp {name: 'acme-rag-api'})-[:RUNS_IMAGE]->(:AzureContainerImage {name: 'fraud/scoring-api:v3'})
        RETURN 1""")).isEqualTo(1);
    assertThat(rows("""
        MATCH (:AzureContainerApp {name: 'acme-embedder'})-[:RUNS_IMAGE]->(:AzureContainerImage {name: 'fraud/batch-scorer:latest'})
        RETURN 1""")).isEqualTo(1);
    assertThat(rows("MATCH (:AzureContainerApp {name: 'acme-rag-api'})-[:RUNS_AS]->(:AzurePrincipal) RETURN 1"))
        .isEqualTo(1);
    assertThat(rows("""
        MATCH (:AzureContainerApp {name: 'acme-rag-api'})-[:USES_AI]->(u:AIUsage {managed: false})
        WHERE u.subject = 'OPENAI_API_KEY' RETURN u""")).isEqualTo(1);
    assertThat(rows("MATCH (:Internet)-[:CAN_REACH]->(:AzureContainerApp {name: 'acme-embedder'}) RETURN 1")).isZero();
    String graph;
    try (Session s = InProcessNeo4j.connection().session()) {
      graph = s.run("MATCH (n) RETURN properties(n) AS p").list(r -> r.get("p").asMap().toString()).toString();
    }
    assertThat(graph).contains("RAG_INDEX").doesNotContain("acme-SIMULATED-index-name");
  }

  @Test
  void aDeniedListingIsRecordedAndKeepsThePreviousApps() {
    AzureScans.scan(azure.azureEnvironment(), "aca-a");
    assertThat(rows("MATCH (a:AzureContainerApp) RETURN a")).isEqualTo(2);
    azure.server().stubFor(get(urlPathEqualTo("/subscriptions/" + PROD + "/providers/Microsoft.App/containerApps"))
        .atPriority(1).willReturn(aResponse().withStatus(403).withBody("{\"error\":{\"code\":\"AuthorizationFailed\","
            + "\"message\":\"The client 'x' with object id 'y' does not have authorization to perform action "
            + "'Microsoft.App/containerApps/read' over scope 'z'.\"}}")));
    try {
      ScanLedger ledger = AzureScans.scan(azure.azureEnvironment(), "aca-b");
      assertThat(ledger.failures()).anySatisfy(f -> {
        assertThat(f.resourceType()).isEqualTo("AzureContainerApp");
        assertThat(f.scope().account()).isEqualTo(PROD);
        assertThat(f.missingPermission()).isEqualTo("Microsoft.App/containerApps/read");
      });
      assertThat(rows("MATCH (a:AzureContainerApp) RETURN a")).as("kept from aca-a").isEqualTo(2);
      assertThat(rows("MATCH (w:AzureMLWorkspace {name: 'fraud-ws'}) RETURN w")).as("the rest goes on").isEqualTo(1);
    } finally {
      azure.resetFaults();
    }
  }

  private static long rows(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      List<?> rows = s.run(cypher).list();
      return rows.size();
    }
  }
}
