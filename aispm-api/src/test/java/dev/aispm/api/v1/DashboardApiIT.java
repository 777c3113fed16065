package dev.aispm.api.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.api.testing.ApiIntegrationTest;
import dev.aispm.graph.testing.InProcessNeo4j;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The endpoints the dashboard added: who the caller is, the overview's counts and trend, the AI
 * inventory's filters and links, an asset's detail and neighbourhood, and the findings filters by
 * provider and compliance framework, over a small hand-built graph whose answers are known.
 */
class DashboardApiIT extends ApiIntegrationTest {
  static final String NOTEBOOK = "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/nb";
  static final String ROLE = "arn:aws:iam::111111111111:role/NbRole";
  static final String BUCKET = "arn:aws:s3:::train";
  static final String PREFIX = "s3://train/data/";
  static final String JOB = "arn:aws:sagemaker:us-east-1:111111111111:training-job/job";
  static final String GCP_MODEL = "projects/p1/locations/us-central1/models/m1";

  @BeforeEach
  void seed() {
    clearPosture();
    try (Session s = InProcessNeo4j.connection().session()) {
      s.run("""
          CREATE (acct:Asset:CloudAccount:AWSAccount {id: '111111111111', provider: 'aws', account: '111111111111',
                  type: 'AWSAccount', name: 'prod'})
          CREATE (nb:Asset:Compute:Notebook:AWSSageMakerNotebookInstance {id: $nb, provider: 'aws',
                  account: '111111111111', region: 'us-east-1', type: 'AWSSageMakerNotebookInstance', name: 'research-nb'})
          CREATE (role:Asset:Identity:AWSIAMRole {id: $role, provider: 'aws', account: '111111111111',
                  region: 'global', type: 'AWSIAMRole', name: 'NbRole'})
          CREATE (bucket:Asset:DataStore:AWSS3Bucket {id: $bucket, provider: 'aws', account: '111111111111',
                  region: 'us-east-1', type: 'AWSS3Bucket', name: 'train'})
          CREATE (prefix:Asset:DataObject:AWSS3Prefix {id: $prefix, provider: 'aws', account: '111111111111',
                  region: 'us-east-1', type: 'AWSS3Prefix'})
          CREATE (job:Asset:TrainingJob:AWSSageMakerTrainingJob {id: $job, provider: 'aws', account: '111111111111',
                  region: 'us-east-1', type: 'AWSSageMakerTrainingJob', name: 'job'})
          CREATE (gm:Asset:Model:GCPVertexModel {id: $gm, provider: 'gcp', account: 'p1', region: 'us-central1',
                  type: 'GCPVertexModel', name: 'vertex-model'})
          CREATE (stub:Asset:AWSIAMRole {id: 'arn:aws:iam::999999999999:role/Outside', stub: true})
          CREATE (net:Asset:Internet {id: 'internet', name: 'internet'})
          CREATE (net)-[:CAN_REACH]->(nb), (nb)-[:RUNS_AS]->(role), (role)-[:CAN_READ]->(bucket),
                 (role)-[:CAN_WRITE]->(bucket), (prefix)-[:IN_BUCKET]->(bucket), (job)-[:READS]->(prefix),
                 (nb)-[:IN_ACCOUNT]->(acct), (job)-[:IN_ACCOUNT]->(acct), (role)-[:IN_ACCOUNT]->(acct),
                 (bucket)-[:IN_ACCOUNT]->(acct), (role)-[:TRUSTS]->(stub)
          CREATE (f1:Finding {id: '00000000000000000000000000000001', ruleId: 'nb_internet', severity: 'high',
                  category: 'network', status: 'OPEN', score: 90, title: 'Notebook on the internet',
                  controls: ['mitre-atlas:AML.T0049', 'nist-csf-2.0:PR.AA-05'], resourceIds: [$nb]})-[:AFFECTS]->(nb)
          CREATE (f2:Finding {id: '00000000000000000000000000000002', ruleId: 'bucket_public', severity: 'critical',
                  category: 'data', status: 'OPEN', score: 95, title: 'Bucket public',
                  controls: ['cis-controls-v8:3.3'], resourceIds: [$bucket]})-[:AFFECTS]->(bucket)
          CREATE (f3:Finding {id: '00000000000000000000000000000003', ruleId: 'vertex_model_cmek', severity: 'medium',
                  category: 'data', status: 'SUPPRESSED', score: 40, title: 'Vertex model without CMEK',
                  controls: ['mitre-atlas:AML.T0025'], resourceIds: [$gm]})-[:AFFECTS]->(gm)
          CREATE (:ScanRun {id: 'scan-20250101T000000Z-00000001', status: 'SUCCEEDED',
                  finishedAt: datetime('2025-01-01T00:10:00Z')})
          CREATE (:ScanRun {id: 'scan-20250102T000000Z-00000002', status: 'SUCCEEDED',
                  finishedAt: datetime('2025-01-02T00:10:00Z'), openTotal: 5, open_critical: 2, open_high: 3,
                  openScoreSum: 400})
          CREATE (:ScanRun {id: 'scan-20250103T000000Z-00000003', status: 'PARTIAL',
                  finishedAt: datetime('2025-01-03T00:10:00Z'), openTotal: 2, open_critical: 1, open_high: 1,
                  openScoreSum: 185})
          """, java.util.Map.of("nb", NOTEBOOK, "role", ROLE, "bucket", BUCKET, "prefix", PREFIX, "job", JOB,
          "gm", GCP_MODEL)).consume();
    }
    findingsChanged();
  }

  private JsonNode call(String token, MockHttpServletRequestBuilder req) throws Exception {
    return json(mvc.perform(req.header("Authorization", bearer(token))).andExpect(status().isOk()).andReturn());
  }

  private static List<String> ids(JsonNode items) {
    List<String> out = new ArrayList<>();
    items.forEach(i -> out.add(i.get("id").asText()));
    return out;
  }

  @Test
  void meNamesTheCallerAndEveryRoleItHoldsThroughTheHierarchy() throws Exception {
    JsonNode viewer = call(token("viewer"), get("/api/v1/me"));
    assertThat(viewer.get("name").asText()).startsWith("token:");
    assertThat(viewer.get("role").asText()).isEqualTo("viewer");
    assertThat(viewer.get("roles")).extracting(JsonNode::asText).containsExactly("viewer");
    JsonNode operator = call(token("operator"), get("/api/v1/me"));
    assertThat(operator.get("role").asText()).isEqualTo("operator");
    assertThat(operator.get("roles")).extracting(JsonNode::asText).containsExactly("viewer", "operator");
    mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
  }

  @Test
  void summaryCountsByProviderAndCategoryAndTheTrendIsOldestFirst() throws Exception {
    String viewer = token("viewer");
    JsonNode s = call(viewer, get("/api/v1/summary"));
    // Stubs and the internet node are not inventory.
    assertThat(s.get("assetsByProvider").get("aws").asLong()).isEqualTo(6);
    assertThat(s.get("assetsByProvider").get("gcp").asLong()).isEqualTo(1);
    // The suppressed finding is not open.
    assertThat(s.get("openFindingsByCategory").get("network").asLong()).isEqualTo(1);
    assertThat(s.get("openFindingsByCategory").get("data").asLong()).isEqualTo(1);

    JsonNode trend = call(viewer, get("/api/v1/summary/trend")).get("items");
    // The first scan recorded no counts and is left out rather than drawn as zero.
    assertThat(trend).hasSize(2);
    assertThat(trend.get(0).get("scanId").asText()).isEqualTo("scan-20250102T000000Z-00000002");
    assertThat(trend.get(0).get("open").get("critical").asLong()).isEqualTo(2);
    assertThat(trend.get(0).get("open").get("medium").asLong()).isZero();
    assertThat(trend.get(1).get("openTotal").asLong()).isEqualTo(2);
    assertThat(trend.get(1).get("riskScore").asLong()).isEqualTo(185);
    JsonNode last = call(viewer, get("/api/v1/summary/trend").param("scans", "1")).get("items");
    assertThat(last).hasSize(1);
    assertThat(last.get(0).get("scanId").asText()).isEqualTo("scan-20250103T000000Z-00000003");
    mvc.perform(get("/api/v1/summary/trend").param("scans", "0").header("Authorization", bearer(viewer)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theAiInventoryListsAiAssetsWithTheStoresAndIdentitiesTheyUse() throws Exception {
    String viewer = token("viewer");
    JsonNode ai = call(viewer, get("/api/v1/assets").param("ai", "true").param("links", "true")).get("items");
    assertThat(ids(ai)).containsExactlyInAnyOrder(NOTEBOOK, JOB, GCP_MODEL);
    JsonNode nb = ai.get(ids(ai).indexOf(NOTEBOOK));
    assertThat(nb.get("identities")).extracting(i -> i.get("name").asText()).containsExactly("NbRole");
    // Through its role: notebook -RUNS_AS-> role -CAN_READ-> bucket.
    assertThat(nb.get("dataStores")).extracting(i -> i.get("id").asText()).containsExactly(BUCKET);
    JsonNode job = ai.get(ids(ai).indexOf(JOB));
    assertThat(job.get("dataStores")).extracting(i -> i.get("id").asText()).containsExactly(BUCKET);
    assertThat(job.get("identities")).isEmpty();

    assertThat(ids(call(viewer, get("/api/v1/assets").param("q", "RESEARCH")).get("items"))).containsExactly(NOTEBOOK);
    assertThat(ids(call(viewer, get("/api/v1/assets").param("kind", "DataStore")).get("items"))).containsExactly(BUCKET);
    assertThat(ids(call(viewer, get("/api/v1/assets").param("ai", "true").param("provider", "gcp")).get("items")))
        .containsExactly(GCP_MODEL);
    assertThat(call(viewer, get("/api/v1/assets")).get("items").get(0).has("dataStores")).isFalse();
    mvc.perform(get("/api/v1/assets").param("kind", "a b").header("Authorization", bearer(viewer)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void anAssetsDetailHasItsFindingsAndItsNeighbourhoodIsBounded() throws Exception {
    String viewer = token("viewer");
    JsonNode detail = call(viewer, get("/api/v1/assets/detail").param("id", NOTEBOOK));
    assertThat(detail.get("name").asText()).isEqualTo("research-nb");
    assertThat(ids(detail.get("findings"))).containsExactly("00000000000000000000000000000001");
    mvc.perform(get("/api/v1/assets/detail").param("id", "arn:nothing").header("Authorization", bearer(viewer)))
        .andExpect(status().isNotFound());

    JsonNode one = call(viewer, get("/api/v1/assets/neighbourhood").param("id", NOTEBOOK));
    assertThat(ids(one.get("nodes"))).containsExactlyInAnyOrder(NOTEBOOK, "internet", ROLE, "111111111111");
    assertThat(one.get("edges")).anySatisfy(e -> {
      assertThat(e.get("from").asText()).isEqualTo("internet");
      assertThat(e.get("to").asText()).isEqualTo(NOTEBOOK);
      assertThat(e.get("type").asText()).isEqualTo("CAN_REACH");
    });
    assertThat(one.get("edges")).anySatisfy(e -> {
      assertThat(e.get("from").asText()).isEqualTo(NOTEBOOK);
      assertThat(e.get("to").asText()).isEqualTo(ROLE);
      assertThat(e.get("type").asText()).isEqualTo("RUNS_AS");
    });

    JsonNode two = call(viewer, get("/api/v1/assets/neighbourhood").param("id", NOTEBOOK).param("hops", "2"));
    // The role leads on to the bucket (read and write: two edges) but not to the stub it trusts;
    // the account is drawn but not expanded, or every asset of the account would join.
    assertThat(ids(two.get("nodes"))).containsExactlyInAnyOrder(NOTEBOOK, "internet", ROLE, "111111111111", BUCKET);
    assertThat(two.get("nodes")).allSatisfy(n -> assertThat(n.get("hop").asInt()).isBetween(0, 2));
    assertThat(two.get("edges")).filteredOn(e -> e.get("to").asText().equals(BUCKET)).hasSize(2);
    assertThat(two.get("truncated").asBoolean()).isFalse();
    mvc.perform(get("/api/v1/assets/neighbourhood").param("id", NOTEBOOK).param("hops", "3")
        .header("Authorization", bearer(viewer))).andExpect(status().isBadRequest());
  }

  @Test
  void findingsFilterByProviderAndComplianceFramework() throws Exception {
    String viewer = token("viewer");
    assertThat(ids(call(viewer, get("/api/v1/findings").param("provider", "gcp")).get("items")))
        .containsExactly("00000000000000000000000000000003");
    assertThat(ids(call(viewer, get("/api/v1/findings").param("provider", "aws")).get("items")))
        .containsExactly("00000000000000000000000000000002", "00000000000000000000000000000001");
    assertThat(ids(call(viewer, get("/api/v1/findings").param("framework", "mitre-atlas")).get("items")))
        .containsExactly("00000000000000000000000000000001", "00000000000000000000000000000003");
    assertThat(ids(call(viewer, get("/api/v1/findings").param("framework", "cis-controls-v8")
        .param("provider", "aws")).get("items"))).containsExactly("00000000000000000000000000000002");
    assertThat(call(viewer, get("/api/v1/findings").param("framework", "owasp-llm-top-10")).get("items")).isEmpty();
    mvc.perform(get("/api/v1/findings").param("framework", "sox").header("Authorization", bearer(viewer)))
        .andExpect(status().isBadRequest());
  }
}
