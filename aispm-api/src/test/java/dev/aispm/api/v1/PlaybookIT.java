package dev.aispm.api.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.api.testing.ApiIntegrationTest;
import dev.aispm.graph.testing.InProcessNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/** The playbook of a misuse finding over a real graph; other findings have none. */
class PlaybookIT extends ApiIntegrationTest {
  static final String MISUSE = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  static final String POSTURE = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
  static final String GCP_KEY = "cccccccccccccccccccccccccccccccc";
  static final String SA = "vertex-serving@acme-vertex-prod.iam.gserviceaccount.com";

  @BeforeEach
  void seed() {
    clearPosture();
    try (Session s = InProcessNeo4j.connection().session()) {
      s.run("""
          CREATE (b:Asset:DataStore:AWSS3Bucket {id: 'arn:aws:s3:::acme-training-data', type: 'AWSS3Bucket',
                  name: 'acme-training-data', provider: 'aws', account: '111111111111', region: 'us-east-1'})
          CREATE (d:MisuseDetection {id: 'det-1', detector: 'misuse_training_data_bulk_delete', provider: 'aws',
                  account: '111111111111', region: 'us-east-1', principal: 'arn:aws:iam::111111111111:user/contractor',
                  targetId: 'acme-training-data', targetKind: 'data', summary: 'deleted 120 objects',
                  firstEventAt: datetime('2026-12-05T09:00:00Z'), lastEventAt: datetime('2026-12-05T09:00:00Z'),
                  eventCount: 1, eventIds: ['day-0002'], sourceIps: ['203.0.113.50'], userAgents: ['aws-cli/2.17.0'],
                  evidence: ['{"id":"day-0002","time":"2026-12-05T09:00:00Z","action":"DeleteObjects","outcome":"success"}']})
          CREATE (d)-[:TARGETS]->(b)
          CREATE (f:Finding {id: $misuse, ruleId: 'misuse_training_data_bulk_delete', category: 'misuse',
                  severity: 'critical', status: 'OPEN', score: 70, lastScanId: 'scan-1',
                  resourceId: 'arn:aws:s3:::acme-training-data',
                  resourceIds: ['arn:aws:s3:::acme-training-data', 'arn:aws:iam::111111111111:user/contractor']})
          CREATE (g:Finding {id: $posture, ruleId: 's3_bucket_versioning_enabled', category: 'data', severity: 'medium',
                  status: 'OPEN', score: 30, resourceId: 'arn:aws:s3:::acme-training-data',
                  resourceIds: ['arn:aws:s3:::acme-training-data']})
          CREATE (k:MisuseDetection {id: 'det-2', detector: 'misuse_ai_identity_key_created', provider: 'gcp',
                  account: 'acme-vertex-prod', region: 'global', principal: 'contractor@acme.example',
                  targetId: $sa, targetKind: 'control', summary: 'obtained a key',
                  firstEventAt: datetime('2026-12-05T10:02:00Z'), lastEventAt: datetime('2026-12-05T10:02:00Z'),
                  eventCount: 1, eventIds: ['k-1'], sourceIps: ['203.0.113.50'], userAgents: ['gcloud'],
                  evidence: ['{"id":"k-1","time":"2026-12-05T10:02:00Z","action":"google.iam.admin.v1.CreateServiceAccountKey","outcome":"success"}']})
          CREATE (h:Finding {id: $gcpKey, ruleId: 'misuse_ai_identity_key_created', category: 'misuse',
                  severity: 'high', status: 'OPEN', score: 60, lastScanId: 'scan-1', resourceId: $sa,
                  resourceIds: [$sa, 'contractor@acme.example']})
          """, java.util.Map.of("misuse", MISUSE, "posture", POSTURE, "gcpKey", GCP_KEY, "sa", SA)).consume();
    }
  }

  @Test
  void aMisuseFindingHasItsPlaybookAndOtherFindingsHaveNone() throws Exception {
    String viewer = token("viewer");
    JsonNode p = json(mvc.perform(get("/api/v1/findings/" + MISUSE + "/playbook")
        .header("Authorization", bearer(viewer))).andExpect(status().isOk()).andReturn());
    assertThat(p.get("ruleId").asText()).isEqualTo("misuse_training_data_bulk_delete");
    assertThat(p.get("provider").asText()).isEqualTo("aws");
    assertThat(p.get("containment").get(0).get("action").asText()).isEqualTo("Snapshot the evidence");
    assertThat(p.get("containment").toString()).contains("--bucket acme-training-data");
    assertThat(p.at("/evidence/events/0/id").asText()).isEqualTo("day-0002");
    assertThat(p.at("/detection/eventCount").asLong()).isEqualTo(1);

    // A Google Cloud detection gets the gcloud steps, filled from the detection.
    JsonNode g = json(mvc.perform(get("/api/v1/findings/" + GCP_KEY + "/playbook")
        .header("Authorization", bearer(viewer))).andExpect(status().isOk()).andReturn());
    assertThat(g.get("provider").asText()).isEqualTo("gcp");
    assertThat(g.get("containment").toString()).contains("gcloud iam service-accounts keys list --iam-account=" + SA)
        .doesNotContain("aws ");

    mvc.perform(get("/api/v1/findings/" + POSTURE + "/playbook").header("Authorization", bearer(viewer)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/findings/not-an-id/playbook").header("Authorization", bearer(viewer)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/findings/" + MISUSE + "/playbook")).andExpect(status().isUnauthorized());
  }
}
