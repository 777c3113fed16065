package dev.aispm.collectors.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.catalog.RuleCatalog;
import dev.aispm.rules.engine.RuleEngine;
import dev.aispm.rules.engine.RuleMatch;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Session;

/**
 * Container apps and Container Apps jobs through the real ARM pipeline against the simulated
 * tenant: the external RAG API is reachable from the internet, runs an image of the subscription's
 * registry and names an OpenAI key by a secret reference whose value never reaches the graph; its
 * older revision, still taking 20 % of the traffic, runs an older image that is linked too, while an
 * inactive revision's image is not; a scheduled job runs a registry image as its managed identity and
 * reads an OpenAI key from a secret. A denied listing (apps, revisions, jobs) is recorded and keeps
 * what the previous scan found.
 */
class ContainerAppIT {
  @RegisterExtension
  static final SimulatedTenant azure = new SimulatedTenant();
  static final String PROD = "11111111-aaaa-4aaa-8aaa-111111111111";

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
  void anOlderRevisionTakingTrafficRunsItsImageAndAnInactiveOneDoesNot() {
    ScanLedger ledger = AzureScans.scan(azure.azureEnvironment(), "aca-rev");
    assertThat(ledger.failures()).extracting(f -> f.resourceType()).doesNotContain("AzureContainerApp");
    assertThat(rows("""
        MATCH (a:AzureContainerApp {name: 'acme-rag-api', revisionsMode: 'Multiple', latestRevisionName: 'acme-rag-api--r7'})
        WHERE a.trafficSplit = ['acme-rag-api--r7=80', 'acme-rag-api--r6=20']
          AND a.revisionImages = ['acme-rag-api--r7=acmemlregistry.azurecr.io/fraud/scoring-api:v3',
                                  'acme-rag-api--r6=acmemlregistry.azurecr.io/fraud/scoring-api:v2']
          AND NOT 'acmemlregistry.azurecr.io/fraud/scoring-api:v1' IN a.images
          AND NOT 'HF_TOKEN' IN a.environmentVariableNames
        RETURN a""")).isEqualTo(1);
    // The 20 % revision serves the older image, read past the registry cap and linked like the latest.
    assertThat(rows("""
        MATCH (:AzureContainerApp {name: 'acme-rag-api'})-[:RUNS_IMAGE]->(i:AzureContainerImage)
        WHERE i.name IN ['fraud/scoring-api:v3', 'fraud/scoring-api:v2'] AND i.imageScan = 'scanned'
        RETURN DISTINCT i.name""")).isEqualTo(2);
    // Revisions are read only for the app that may serve more than its latest one.
    assertThat(azure.server().getAllServeEvents()).extracting(e -> e.getRequest().getUrl())
        .anyMatch(u -> u.contains("/containerApps/acme-rag-api/revisions?"))
        .noneMatch(u -> u.contains("/containerApps/acme-embedder/revisions"));
  }

  @Test
  void aScheduledJobRunsARegistryImageAsItsIdentityAndNamesAnAiKeyWithoutItsValue() {
    ScanLedger ledger = AzureScans.scan(azure.azureEnvironment(), "acj-1");
    assertThat(ledger.failures()).extracting(f -> f.resourceType()).doesNotContain("AzureContainerAppJob");
    assertThat(rows("""
        MATCH (j:Compute:ServerlessWorkload:AzureContainerAppJob {name: 'acme-nightly-embeddings', triggerType: 'Schedule',
               cronExpression: '0 2 * * *', internetReachable: false})
        WHERE j.secretEnvironmentVariables = ['OPENAI_API_KEY'] AND j.aiProviderSettings = ['OPENAI_API_KEY']
          AND j.environmentVariableNames = ['OPENAI_API_KEY', 'EMBED_SOURCE']
        RETURN j""")).isEqualTo(1);
    assertThat(rows("""
        MATCH (:AzureContainerAppJob {name: 'acme-nightly-embeddings'})-[:RUNS_IMAGE]->
              (:AzureContainerImage {name: 'fraud/batch-scorer:latest', imageScan: 'scanned'})
        RETURN 1""")).isEqualTo(1);
    assertThat(rows("""
        MATCH (:AzureContainerAppJob {name: 'acme-nightly-embeddings'})-[:RUNS_AS]->
              (:AzurePrincipal {id: '/tenants/7d1c5a6e-3b2f-4c8d-9e0a-acme00000001/serviceprincipals/5f1e2d3c-0a0a-4b4b-8c8c-acme0000cb01'})
        RETURN 1""")).isEqualTo(1);
    assertThat(rows("""
        MATCH (:AzureContainerAppJob {name: 'acme-nightly-embeddings'})-[:USES_AI]->(u:AIUsage {managed: false})
        WHERE u.subject = 'OPENAI_API_KEY' RETURN u""")).isEqualTo(1);
    assertThat(rows("MATCH (:Internet)-[:CAN_REACH]->(:AzureContainerAppJob) RETURN 1")).isZero();
    String graph;
    try (Session s = InProcessNeo4j.connection().session()) {
      graph = s.run("MATCH (n) RETURN properties(n) AS p").list(r -> r.get("p").asMap().toString()).toString();
    }
    assertThat(graph).contains("EMBED_SOURCE").doesNotContain("acme-SIMULATED-corpus-path");

    // The serverless rules judge the collected job as they judge an app.
    RuleEngine engine = new RuleEngine(InProcessNeo4j.connection().driver(), null);
    assertThat(engine.evaluate(RuleCatalog.builtIn().rule("serverless_workload_no_shadow_ai").orElseThrow()))
        .anySatisfy(r -> {
          assertThat(r.resourceId()).endsWith("/microsoft.app/jobs/acme-nightly-embeddings");
          assertThat(r.status()).isEqualTo(RuleMatch.Status.FAIL);
          assertThat(r.reason()).contains("outside Azure OpenAI", "setting OPENAI_API_KEY");
        });
    assertThat(engine.evaluate(RuleCatalog.builtIn().rule("serverless_workload_public_with_ai_provider_key")
        .orElseThrow())).anySatisfy(r -> {
          assertThat(r.resourceId()).endsWith("/microsoft.app/jobs/acme-nightly-embeddings");
          assertThat(r.status()).isEqualTo(RuleMatch.Status.PASS);
        });
  }

  @Test
  void aDeniedRevisionsListingIsRecordedAndKeepsTheOlderImageLink() {
    AzureScans.scan(azure.azureEnvironment(), "rev-a");
    String olderImage = """
        MATCH (:AzureContainerApp {name: 'acme-rag-api'})-[:RUNS_IMAGE]->(i:AzureContainerImage {name: 'fraud/scoring-api:v2'})
        RETURN i""";
    assertThat(rows(olderImage)).isEqualTo(1);
    azure.server().stubFor(get(urlPathEqualTo("/subscriptions/" + PROD + "/resourceGroups/apps-prod/providers/"
        + "Microsoft.App/containerApps/acme-rag-api/revisions")).atPriority(1).willReturn(aResponse().withStatus(403)
        .withBody("{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client 'x' with object id 'y' "
            + "does not have authorization to perform action 'Microsoft.App/containerApps/revisions/read' over scope "
            + "'z'.\"}}")));
    try {
      ScanLedger ledger = AzureScans.scan(azure.azureEnvironment(), "rev-b");
      assertThat(ledger.failures()).anySatisfy(f -> {
        assertThat(f.resourceType()).isEqualTo("AzureContainerApp");
        assertThat(f.missingPermission()).isEqualTo("Microsoft.App/containerApps/revisions/read");
      });
      assertThat(rows(olderImage)).as("kept from rev-a").isEqualTo(1);
      assertThat(rows("MATCH (a:AzureContainerApp {name: 'acme-rag-api'}) RETURN a")).isEqualTo(1);
    } finally {
      azure.resetFaults();
    }
  }

  @Test
  void aDeniedJobListingIsRecordedAndKeepsThePreviousJobs() {
    AzureScans.scan(azure.azureEnvironment(), "acj-a");
    assertThat(rows("MATCH (j:AzureContainerAppJob) RETURN j")).isEqualTo(1);
    azure.server().stubFor(get(urlPathEqualTo("/subscriptions/" + PROD + "/providers/Microsoft.App/jobs"))
        .atPriority(1).willReturn(aResponse().withStatus(403).withBody("{\"error\":{\"code\":\"AuthorizationFailed\","
            + "\"message\":\"The client 'x' with object id 'y' does not have authorization to perform action "
            + "'Microsoft.App/jobs/read' over scope 'z'.\"}}")));
    try {
      ScanLedger ledger = AzureScans.scan(azure.azureEnvironment(), "acj-b");
      assertThat(ledger.failures()).anySatisfy(f -> {
        assertThat(f.resourceType()).isEqualTo("AzureContainerAppJob");
        assertThat(f.scope().account()).isEqualTo(PROD);
        assertThat(f.missingPermission()).isEqualTo("Microsoft.App/jobs/read");
      });
      assertThat(rows("MATCH (j:AzureContainerAppJob) RETURN j")).as("kept from acj-a").isEqualTo(1);
      assertThat(rows("MATCH (:AzureContainerAppJob)-[:USES_AI]->(u:AIUsage) RETURN u")).as("its AI use too")
          .isEqualTo(1);
      assertThat(rows("MATCH (a:AzureContainerApp) RETURN a")).as("the apps go on").isEqualTo(2);
    } finally {
      azure.resetFaults();
    }
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
