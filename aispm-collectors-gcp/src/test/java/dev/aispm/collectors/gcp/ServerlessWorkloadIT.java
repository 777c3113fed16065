package dev.aispm.collectors.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.testing.InProcessNeo4j;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;

/**
 * Cloud Functions and Cloud Run through the real REST calls and the Cloud Storage client against
 * the simulated organization, into a real Neo4j: the function's source archive hides an Anthropic
 * client and a vulnerable LangChain, its secret-backed key shows by name only; the public RAG
 * service points at its image by digest; the batch scorer runs an older build by tag, which the
 * registry scan reads past its one-image cap; the service that serves the function is not listed twice;
 * the ranking service's older revision, still taking 10 % of the traffic, runs the Gradio build; a
 * Cloud Run job reads an OpenAI key.
 */
class ServerlessWorkloadIT {
  static final String IMAGE = "us-central1-docker.pkg.dev/acme-vertex-prod/agents/rag-api@sha256:"
      + "7c9e1b2f3a4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7";

  @TempDir
  Path dir;

  @Test
  void functionsAndRunServicesBecomeWorkloadsWithTheirAiUse() throws Exception {
    try (SimulatedGcpScan sim = new SimulatedGcpScan(dir)) {
      InProcessNeo4j.reset();
      // An image node an earlier scan left, of a repository the simulated registry no longer lists:
      // the link step finds images in the graph, and the service notes what the registry said.
      try (Session s = InProcessNeo4j.connection().session()) {
        s.run("CREATE (:Asset:ContainerImage:GCPArtifactImage {id: $id, scope: 'gcp/acme-images/global', "
            + "repositoryName: 'acme-vertex-prod/agents/rag-api', digest: $digest})",
            Map.of("id", IMAGE, "digest", IMAGE.substring(IMAGE.indexOf('@') + 1))).consume();
      }
      Map<String, String> env = sim.environment(Map.of("AISPM_IMAGE_MAX_PER_REGION", "1"));
      ScanLedger ledger = sim.scan(env, "serverless-1");

      Node f = node("MATCH (n:Compute:ServerlessWorkload:GCPCloudFunction {name: 'ticket-router'}) RETURN n");
      assertThat(f.get("codeScan").asString()).as(ledger.failures().toString()).isEqualTo("scanned");
      assertThat(f.get("runtime").asString()).isEqualTo("python312");
      assertThat(f.get("invokerPublic").asBoolean()).isTrue();
      assertThat(f.get("internetReachable").asBoolean()).isTrue();
      assertThat(f.get("sourceUri").asString())
          .isEqualTo("gs://gcf-v2-sources-314159265358-us-central1/ticket-router/function-source.zip#1712000000000000");
      assertThat(f.get("environmentVariableNames").asList(v -> v.asString()))
          .containsExactly("LOG_EXECUTION_ID", "ROUTER_MODEL", "GOOGLE_FUNCTION_SOURCE", "ANTHROPIC_API_KEY");
      assertThat(f.get("aiProviderSettings").asList(v -> v.asString())).containsExactly("ANTHROPIC_API_KEY");
      // The image its build pushed, as its own Cloud Run service names it (gcf-artifacts is not a
      // repository of the simulated registry, so it links to nothing).
      assertThat(f.get("images").asList(v -> v.asString())).containsExactly("us-central1-docker.pkg.dev/"
          + "acme-vertex-prod/gcf-artifacts/acme--vertex--prod__us--central1__ticket--router:version_3");
      assertThat(strings("""
          MATCH (:GCPCloudFunction {name: 'ticket-router'})-[:USES_AI]->(u:AIUsage {managed: false})
          RETURN u.kind + ' ' + u.subject AS x""")).contains("import anthropic", "setting ANTHROPIC_API_KEY");
      assertThat(strings("""
          MATCH (:GCPCloudFunction {name: 'ticket-router'})-[:USES_PACKAGE]->(p)-[:AFFECTED_BY]->(a:Advisory)
          RETURN p.name + ' ' + p.version + ' ' + a.advisoryId AS x""")).contains("langchain 0.1.10 PYSEC-2024-43");
      assertThat(strings("""
          MATCH (:Internet)-[:CAN_REACH]->(:GCPCloudFunction {name: 'ticket-router'})-[:RUNS_AS]->(sa:Identity)
          RETURN sa.email AS x""")).containsExactly("314159265358-compute@developer.gserviceaccount.com");

      Node rag = node("MATCH (n:GCPCloudRunService {name: 'rag-api'}) RETURN n");
      assertThat(rag.get("internetReachable").asBoolean()).isTrue();
      assertThat(rag.get("imageIds").asList(v -> v.asString())).containsExactly(IMAGE);
      assertThat(rag.get("missingImages").asList(v -> v.asString()))
          .containsExactly(IMAGE + ": no such Docker repository in the project");
      assertThat(rag.get("environmentVariableNames").asList(v -> v.asString()))
          .containsExactly("OPENAI_API_KEY", "VECTOR_INDEX");
      assertThat(strings("MATCH (:GCPCloudRunService {name: 'rag-api'})-[:RUNS_IMAGE]->(i) RETURN i.id AS x"))
          .containsExactly(IMAGE);
      assertThat(strings("""
          MATCH (:GCPCloudRunService {name: 'rag-api'})-[:USES_AI]->(u:AIUsage) RETURN u.subject AS x"""))
          .containsExactly("OPENAI_API_KEY");
      Node batch = node("MATCH (n:GCPCloudRunService {name: 'batch-scorer'}) RETURN n");
      assertThat(batch.get("internetReachable").asBoolean()).isFalse();
      assertThat(batch.get("imageIds").asList()).isEmpty();
      assertThat(batch.get("missingImages").isNull()).isTrue();
      // Pinned by tag to the April build: read although the cap of one image went to the newest
      // path in name order (June's batch-scorer), and its Transformers advisory counts for the service.
      // The Python base is a custom training pipeline's worker image (GcpCollectorIT), read past the cap too.
      String pinned = """
          MATCH (:GCPCloudRunService {name: 'batch-scorer'})-[:RUNS_IMAGE]->(i:GCPArtifactImage {imageScan: 'scanned'})
                -[:USES_PACKAGE]->(p:SoftwarePackage {name: 'transformers', version: '4.30.0'})-[:AFFECTED_BY]->(a)
          RETURN DISTINCT i.tags[0] AS x""";
      assertThat(strings(pinned)).containsExactly("2024-04-01");
      assertThat(strings("""
          MATCH (i:GCPArtifactImage) WHERE i.repositoryName STARTS WITH 'acme-vertex-prod/ml-serving/'
          RETURN i.name + ' ' + i.imageScan AS x""")).containsExactlyInAnyOrder("batch-scorer:2024-06-01 scanned",
          "batch-scorer:2024-04-01 scanned", "python-base:3.11 scanned", "ranker:v7 scanned");
      assertThat(strings("MATCH (n:GCPCloudRunService {name: 'ticket-router'}) RETURN n.id AS x")).isEmpty();
      assertThat(sim.gcp.permissionsSeen()).contains("cloudfunctions.functions.list", "run.services.list",
          "run.services.getIamPolicy", "run.revisions.list", "storage.objects.get");
      assertThat(strings("MATCH (:GCPCloudRunService)-[r:RUNS_IMAGE]->(i) RETURN i.id AS x")).hasSize(4);

      // search-ranker sends 10 % to an older revision on the ranker build (Gradio 3.50.0, Anthropic):
      // read past the cap of one because a revision that takes traffic names it, and linked; the
      // revision kept at 0 % under a tag (June's batch scorer, an HF token) is not the service's.
      Node ranker = node("MATCH (n:GCPCloudRunService {name: 'search-ranker'}) RETURN n");
      assertThat(ranker.get("trafficSplit").asList(v -> v.asString()))
          .containsExactly("search-ranker-00003-tok=90", "search-ranker-00002-gra=10");
      assertThat(ranker.get("revisionImages").asList(v -> v.asString())).containsExactly(
          "search-ranker-00003-tok=us-central1-docker.pkg.dev/acme-vertex-prod/ml-serving/python-base:3.11",
          "search-ranker-00002-gra=us-central1-docker.pkg.dev/acme-vertex-prod/ml-serving/ranker:v7");
      assertThat(ranker.get("aiProviderSettings").asList(v -> v.asString())).containsExactly("ANTHROPIC_API_KEY");
      assertThat(strings(SERVED)).containsExactlyInAnyOrder("python-base:3.11", "ranker:v7");
      assertThat(strings("""
          MATCH (:Internet)-[:CAN_REACH]->(:GCPCloudRunService {name: 'search-ranker'})-[:RUNS_IMAGE]->(i)
                -[:USES_PACKAGE]->(p:SoftwarePackage {name: 'gradio'})-[:AFFECTED_BY]->(a:Advisory)
          RETURN DISTINCT p.version AS x""")).containsExactly("3.50.0");
      assertThat(strings("""
          MATCH (:GCPCloudRunService {name: 'search-ranker'})-[:USES_AI]->(u:AIUsage) RETURN u.subject AS x"""))
          .containsExactly("ANTHROPIC_API_KEY");

      // Cloud Run jobs: the nightly embeddings job reads an OpenAI key from Secret Manager (by name
      // only), runs the Python base by tag and runs as the pipelines' account; it takes no requests.
      Node job = node("MATCH (n:Compute:ServerlessWorkload:GCPCloudRunJob {name: 'nightly-embeddings'}) RETURN n");
      assertThat(job.get("internetReachable").asBoolean()).isFalse();
      assertThat(job.get("secretEnvironmentVariables").asList(v -> v.asString())).containsExactly("OPENAI_API_KEY");
      assertThat(job.get("taskCount").asLong()).isEqualTo(4L);
      assertThat(strings("""
          MATCH (:GCPCloudRunJob {name: 'nightly-embeddings'})-[:RUNS_IMAGE]->(i:GCPArtifactImage {imageScan: 'scanned'})
          RETURN i.name AS x""")).containsExactly("python-base:3.11");
      assertThat(strings("""
          MATCH (:GCPCloudRunJob {name: 'nightly-embeddings'})-[:USES_AI]->(u:AIUsage {managed: false})
          RETURN u.subject AS x""")).containsExactly("OPENAI_API_KEY");
      assertThat(strings("MATCH (:GCPCloudRunJob {name: 'nightly-embeddings'})-[:RUNS_AS]->(sa) RETURN sa.email AS x"))
          .containsExactly("vertex-pipelines@acme-vertex-prod.iam.gserviceaccount.com");
      assertThat(strings("MATCH (:GCPCloudRunJob {name: 'ledger-export'})-[:RUNS_IMAGE]->(i) RETURN i.name AS x"))
          .containsExactly("batch-scorer:2024-06-01");
      assertThat(strings("MATCH (j:GCPCloudRunJob) WHERE EXISTS { (:Internet)-[:CAN_REACH]->(j) } RETURN j.name AS x"))
          .isEmpty();
      assertThat(sim.gcp.permissionsSeen()).contains("run.jobs.list");
    }
  }

  /** The images search-ranker is linked to, by name. */
  static final String SERVED = "MATCH (:GCPCloudRunService {name: 'search-ranker'})-[:RUNS_IMAGE]->(i) RETURN i.name AS x";

  @Test
  void deniedRevisionsAndJobsListingsAreRecordedAndKeepWhatAnEarlierScanSaw() throws Exception {
    try (SimulatedGcpScan sim = new SimulatedGcpScan(dir)) {
      InProcessNeo4j.reset();
      sim.scan(sim.environment(Map.of()), "revisions-1");
      assertThat(strings(SERVED)).containsExactlyInAnyOrder("python-base:3.11", "ranker:v7");
      sim.gcp.server().stubFor(WireMock.get(WireMock.urlPathMatching(
              "/v2/projects/acme-vertex-prod/locations/us-central1/services/search-ranker/revisions"))
          .willReturn(WireMock.aResponse().withStatus(403).withHeader("Content-Type", "application/json")
              .withBody("{\"error\":{\"code\":403,\"message\":\"Permission 'run.revisions.list' denied on resource "
                  + "'projects/acme-vertex-prod/locations/us-central1/services/search-ranker'.\","
                  + "\"status\":\"PERMISSION_DENIED\"}}"))
          .atPriority(1));
      sim.gcp.server().stubFor(WireMock.get(WireMock.urlPathMatching(
              "/v2/projects/acme-vertex-prod/locations/us-central1/jobs"))
          .willReturn(WireMock.aResponse().withStatus(403).withHeader("Content-Type", "application/json")
              .withBody("{\"error\":{\"code\":403,\"message\":\"Permission 'run.jobs.list' denied on resource "
                  + "'projects/acme-vertex-prod/locations/us-central1'.\",\"status\":\"PERMISSION_DENIED\"}}"))
          .atPriority(1));
      ScanLedger second = sim.scan(sim.environment(Map.of()), "revisions-2");

      assertThat(second.failures()).anySatisfy(f -> {
        assertThat(f.resourceType()).isEqualTo("GCPCloudRunService");
        assertThat(f.operation()).isEqualTo("run.revisions.list");
        assertThat(f.missingPermission()).isEqualTo("run.revisions.list");
      });
      assertThat(second.failures()).anySatisfy(f -> {
        assertThat(f.resourceType()).isEqualTo("AIUsage");
        assertThat(f.operation()).isEqualTo("run.revisions.list");
      });
      // Written again from its template (which revision runs what is unknown this time), and the
      // older revision's image and key the first scan saw are still the service's.
      Node ranker = node("MATCH (n:GCPCloudRunService {name: 'search-ranker', lastScanId: 'revisions-2'}) RETURN n");
      assertThat(ranker.get("revisionImages").isNull()).isTrue();
      assertThat(strings(SERVED)).containsExactlyInAnyOrder("python-base:3.11", "ranker:v7");
      assertThat(strings("""
          MATCH (:GCPCloudRunService {name: 'search-ranker'})-[:USES_AI]->(u:AIUsage) RETURN u.subject AS x"""))
          .containsExactly("ANTHROPIC_API_KEY");
      // The jobs could not be listed: recorded, and the job the first scan found keeps its image and key.
      assertThat(second.failures()).anySatisfy(f -> {
        assertThat(f.resourceType()).isEqualTo("GCPCloudRunJob");
        assertThat(f.operation()).isEqualTo("run.jobs.list");
        assertThat(f.missingPermission()).isEqualTo("run.jobs.list");
      });
      assertThat(strings("""
          MATCH (j:GCPCloudRunJob {name: 'nightly-embeddings', lastScanId: 'revisions-1'})-[:RUNS_IMAGE]->(i)
          RETURN i.name AS x""")).containsExactly("python-base:3.11");
      assertThat(strings("""
          MATCH (:GCPCloudRunJob {name: 'nightly-embeddings'})-[:USES_AI]->(u:AIUsage) RETURN u.subject AS x"""))
          .containsExactly("OPENAI_API_KEY");
      // Services whose traffic all goes to their latest revision were not asked for revisions.
      assertThat(sim.gcp.server().findAll(WireMock.getRequestedFor(WireMock.urlPathMatching(".*/revisions"))))
          .allSatisfy(r -> assertThat(r.getUrl()).contains("/services/search-ranker/revisions"));
    }
  }

  private static Node node(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run(cypher).single().get("n").asNode();
    }
  }

  private static List<String> strings(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run(cypher).list(r -> r.get("x").asString());
    }
  }
}
