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
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      scan = json(mvc.perform(get("/api/v1/scans/" + scanId).header("Authorization", bearer(viewer)))
          .andExpect(status().isOk()).andReturn());
      if (scan.has("finishedAt") && !scan.get("status").asText().equals("RUNNING")) {
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
}
