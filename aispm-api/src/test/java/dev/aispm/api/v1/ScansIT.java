package dev.aispm.api.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.api.testing.ApiIntegrationTest;
import dev.aispm.api.testing.ApiTestBeans;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.posture.diff.ScanSnapshots;
import java.time.Instant;
import org.neo4j.driver.Session;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Triggering a scan through the scheduler, following it, its per-collector errors, and the metrics it leaves. */
class ScansIT extends ApiIntegrationTest {

  @Test
  void anOperatorTriggersAScanThatRunsAsynchronouslyThroughTheScheduler() throws Exception {
    clearPosture();
    String operator = token("operator");
    String viewer = token("viewer");
    mvc.perform(post("/api/v1/scans").header("Authorization", bearer(viewer))).andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/scans").header("Authorization", bearer(operator))
            .contentType(MediaType.APPLICATION_JSON).content("{\"provider\":\"gcp\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("provider"));
    mvc.perform(post("/api/v1/scans").header("Authorization", bearer(operator))
            .contentType(MediaType.APPLICATION_JSON).content("{\"provider\":\"aws\",\"account\":\"bad account!\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("account"));

    JsonNode accepted = json(mvc.perform(post("/api/v1/scans").header("Authorization", bearer(operator))
            .contentType(MediaType.APPLICATION_JSON).content("{\"provider\":\"aws\"}"))
        .andExpect(status().isAccepted()).andExpect(header().exists("Location"))
        .andExpect(jsonPath("$.status").value("QUEUED")).andReturn());
    String scanId = accepted.get("scanId").asText();
    assertThat(accepted.get("location").asText()).isEqualTo("/api/v1/scans/" + scanId);

    JsonNode scan = null;
    // Generous: on a loaded machine the scheduler may take a while to pick the job up.
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (System.nanoTime() < deadline) {
      scan = json(mvc.perform(get("/api/v1/scans/" + scanId).header("Authorization", bearer(viewer)))
          .andExpect(status().isOk()).andReturn());
      // finishedAt is always present (null until the scan ends), so wait on the status: a scan
      // still QUEUED or RUNNING has not ended.
      String status = scan.get("status").asText();
      if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(scan.get("status").asText()).isEqualTo("PARTIAL");
    assertThat(scan.get("scope").asText()).isEqualTo("aws");
    assertThat(scan.get("trigger").asText()).isEqualTo("api");
    assertThat(scan.get("requestedBy").asText()).startsWith("token:tok-");
    JsonNode aws = scan.get("collectors").get(0);
    assertThat(aws.get("provider").asText()).isEqualTo("aws");
    assertThat(aws.get("steps").asInt()).isEqualTo(2);
    assertThat(aws.get("failures").asInt()).isEqualTo(1);
    assertThat(aws.get("durationMs").asLong()).isEqualTo(15);
    assertThat(aws.get("errors").get(0).get("missingPermission").asText()).isEqualTo("sagemaker:ListEndpoints");
    assertThat(scan.get("outcomes")).hasSize(2);

    JsonNode list = json(mvc.perform(get("/api/v1/scans").param("status", "PARTIAL").param("limit", "1")
        .header("Authorization", bearer(viewer))).andExpect(status().isOk()).andReturn());
    assertThat(list.get("items").get(0).get("id").asText()).isEqualTo(scanId);
    mvc.perform(get("/api/v1/scans").param("status", "DONE").header("Authorization", bearer(viewer)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/scans/not-a-scan").header("Authorization", bearer(viewer)))
        .andExpect(status().isBadRequest());
    // The scan recorded its snapshot as it ended: compared with itself, nothing changed.
    JsonNode same = json(mvc.perform(get("/api/v1/scans/" + scanId + "/diff/" + scanId)
        .header("Authorization", bearer(viewer))).andExpect(status().isOk()).andReturn());
    assertThat(same.at("/assets/addedCount").asInt() + same.at("/findings/changedCount").asInt()).isZero();

    JsonNode audit = json(mvc.perform(get("/api/v1/audit").param("action", "scan.trigger")
        .header("Authorization", bearer(ApiTestBeans.ADMIN))).andReturn());
    assertThat(audit.get("items")).anySatisfy(e -> {
      assertThat(e.get("target").asText()).isEqualTo(scanId);
      assertThat(e.get("detail").asText()).isEqualTo("scope=aws");
    });

    String metrics = mvc.perform(get("/actuator/prometheus").header("Authorization", bearer(viewer)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(metrics).contains("aispm_scan_duration_seconds_count{application=\"aispm\",scope=\"aws\",status=\"PARTIAL\"}")
        .contains("aispm_collector_calls_total{application=\"aispm\",outcome=\"failure\",provider=\"aws\"}")
        .contains("aispm_collector_errors_total{application=\"aispm\",operation=\"sagemaker:ListEndpoints\",provider=\"aws\"}")
        .contains("http_server_requests_seconds");
  }

  @Test
  void theDiffOfTwoScansListsWhatChangedAndRefusesMissingSnapshots() throws Exception {
    clearPosture();
    String a = "scan-20260101T000000Z-0000000a";
    String b = "scan-20260102T000000Z-0000000b";
    ScanSnapshots snapshots = new ScanSnapshots(InProcessNeo4j.connection());
    try (Session s = InProcessNeo4j.connection().session()) {
      s.run("CREATE (:Asset:Model {id: 'diff-m1', type: 'AWSSageMakerModel'})").consume();
      snapshots.take(a, Instant.now());
      s.run("MATCH (m:Asset {id: 'diff-m1'}) DETACH DELETE m").consume();
      s.run("CREATE (:Finding {id: 'diff-f1', severity: 'high', status: 'OPEN', ruleId: 'r', resourceId: 'x'})").consume();
      snapshots.take(b, Instant.now());
      s.run("MATCH (n) WHERE n.id IN ['diff-f1'] DETACH DELETE n").consume();
    }
    String viewer = token("viewer");
    JsonNode d = json(mvc.perform(get("/api/v1/scans/" + a + "/diff/" + b).header("Authorization", bearer(viewer)))
        .andExpect(status().isOk()).andReturn());
    assertThat(d.at("/assets/removed/0").asText()).isEqualTo("diff-m1");
    assertThat(d.at("/findings/added/0/id").asText()).isEqualTo("diff-f1");
    assertThat(d.at("/findings/added/0/severityAfter").asText()).isEqualTo("high");
    mvc.perform(get("/api/v1/scans/" + a + "/diff/scan-20260103T000000Z-0000000c").header("Authorization",
        bearer(viewer))).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/scans/" + a + "/diff/latest").header("Authorization", bearer(viewer)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/scans/" + a + "/diff/" + b).param("limit", "0").header("Authorization", bearer(viewer)))
        .andExpect(status().isBadRequest());
  }
}
