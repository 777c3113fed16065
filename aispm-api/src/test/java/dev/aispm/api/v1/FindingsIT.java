package dev.aispm.api.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.api.v1.dto.Page;
import dev.aispm.posture.query.FindingFilter;
import dev.aispm.posture.query.FindingQueries;
import dev.aispm.posture.query.FindingView;
import dev.aispm.posture.query.Slice;
import dev.aispm.api.testing.SyntheticPosture;
import dev.aispm.api.testing.ApiIntegrationTest;
import dev.aispm.api.testing.ApiTestBeans;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.posture.aibom.AiBomFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Findings, assets, compliance and the AI-BOM over a real graph: filters, cursors, problems, suppression. */
class FindingsIT extends ApiIntegrationTest {
  static final int FINDINGS = 230;

  @Autowired
  ObjectMapper mapper;

  @BeforeEach
  void seed() {
    clearPosture();
    SyntheticPosture.write(InProcessNeo4j.connection(), 12, FINDINGS);
  }

  @Test
  void filtersSelectExactlyTheMatchingFindings() throws Exception {
    String viewer = token("viewer");
    JsonNode critical = json(mvc.perform(get("/api/v1/findings").param("severity", "CRITICAL").param("limit", "500")
        .header("Authorization", bearer(viewer))).andExpect(status().isOk()).andReturn());
    assertThat(critical.get("items")).hasSize((int) InProcessNeo4j.count(
        "MATCH (f:Finding {severity: 'critical'}) RETURN count(f)")).allSatisfy(f ->
        assertThat(f.get("severity").asText()).isEqualTo("critical"));
    JsonNode resolved = json(mvc.perform(get("/api/v1/findings").param("status", "resolved").param("limit", "500")
        .param("rule", "synthetic_rule_2").header("Authorization", bearer(viewer))).andReturn());
    assertThat(resolved.get("items")).isNotEmpty().hasSize((int) InProcessNeo4j.count(
        "MATCH (f:Finding {status: 'RESOLVED', ruleId: 'synthetic_rule_2'}) RETURN count(f)"));
    JsonNode control = json(mvc.perform(get("/api/v1/findings").param("control", "nist-csf-2.0:PR.AA-05")
        .param("resource", "arn:aws:sagemaker:us-east-1:111111111111:model/m3").param("limit", "500")
        .header("Authorization", bearer(viewer))).andReturn());
    assertThat(control.get("items")).hasSize(FINDINGS / 12 + (3 < FINDINGS % 12 ? 1 : 0));
    JsonNode none = json(mvc.perform(get("/api/v1/findings").param("control", "nist-csf-2.0:XX")
        .header("Authorization", bearer(viewer))).andReturn());
    assertThat(none.get("items")).isEmpty();
    assertThat(none.get("nextCursor").isNull()).isTrue();
  }

  @Test
  void cursorsWalkEveryFindingOnceInScoreOrder() throws Exception {
    String viewer = token("viewer");
    List<String> ids = new ArrayList<>();
    List<Integer> scores = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var req = get("/api/v1/findings").param("limit", "37").header("Authorization", bearer(viewer));
      if (cursor != null) {
        req.param("cursor", cursor);
      }
      JsonNode page = json(mvc.perform(req).andExpect(status().isOk()).andReturn());
      assertThat(page.get("items").size()).isLessThanOrEqualTo(37);
      page.get("items").forEach(f -> {
        ids.add(f.get("id").asText());
        scores.add(f.get("score").asInt());
      });
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo((FINDINGS + 36) / 37);
    assertThat(ids).hasSize(FINDINGS);
    assertThat(new HashSet<>(ids)).hasSize(FINDINGS);
    assertThat(scores).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
  }

  @Test
  void aPageIsTheServicesJsonOfTheSamePageReadFromTheGraph() throws Exception {
    String viewer = token("viewer");
    String first = mvc.perform(get("/api/v1/findings").param("limit", "37").header("Authorization", bearer(viewer)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    String cursor = JSON.readTree(first).get("nextCursor").asText();
    var second = mvc.perform(get("/api/v1/findings").param("limit", "37").param("cursor", cursor)
        .header("Authorization", bearer(viewer))).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(second.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);

    String[] at = Cursor.decode(cursor).split("\\|");
    FindingFilter after = new FindingFilter(null, null, null, null, null, null, null, null,
        new FindingFilter.Position(Integer.parseInt(at[0]), at[1]));
    Slice<FindingView> expected = new FindingQueries(InProcessNeo4j.connection()).page(after, 37);
    FindingView last = expected.last();
    assertThat(second.getContentAsString()).isEqualTo(mapper.writeValueAsString(
        new Page<>(expected.items(), Cursor.encode(last.score() + "|" + last.id()), 37)));
  }

  @Test
  void badParametersAre400ProblemsNamingTheParameter() throws Exception {
    String viewer = token("viewer");
    for (String[] bad : new String[][] {{"limit", "0"}, {"limit", "501"}, {"limit", "ten"}, {"severity", "urgent"},
        {"status", "closed"}, {"cursor", "%%%"}, {"cursor", "bm90LWEtY3Vyc29y"}}) {
      mvc.perform(get("/api/v1/findings").param(bad[0], bad[1]).header("Authorization", bearer(viewer)))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.type").value("https://aispm.dev/problems/invalid-parameter"))
          .andExpect(jsonPath("$.parameter").value(bad[0]));
    }
    mvc.perform(get("/api/v1/findings/xyz").header("Authorization", bearer(viewer)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("id"));
    mvc.perform(get("/api/v1/findings/" + "f".repeat(32)).header("Authorization", bearer(viewer)))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("https://aispm.dev/problems/not-found"));
    mvc.perform(get("/api/v1/assets").param("limit", "-1").header("Authorization", bearer(viewer)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/compliance/sox").header("Authorization", bearer(viewer)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("framework"));
  }

  @Test
  void operatorsSuppressAndUnsuppressWithAuditAndViewersCannot() throws Exception {
    String viewer = token("viewer");
    String operator = token("operator");
    String id = SyntheticPosture.findingId(4);
    String body = "{\"reason\":\"accepted: sandbox account\",\"until\":\"2099-01-01T00:00:00Z\"}";
    mvc.perform(post("/api/v1/findings/" + id + "/suppress").header("Authorization", bearer(viewer))
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/findings/" + id + "/suppress").header("Authorization", bearer(operator))
        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
    mvc.perform(post("/api/v1/findings/" + id + "/suppress").header("Authorization", bearer(operator))
        .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUPPRESSED"))
        .andExpect(jsonPath("$.suppression.reason").value("accepted: sandbox account"));
    mvc.perform(get("/api/v1/findings").param("status", "SUPPRESSED").header("Authorization", bearer(viewer)))
        .andExpect(jsonPath("$.items[0].id").value(id));
    mvc.perform(delete("/api/v1/findings/" + id + "/suppress").header("Authorization", bearer(operator)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
    mvc.perform(delete("/api/v1/findings/" + id + "/suppress").header("Authorization", bearer(operator)))
        .andExpect(status().isConflict());
    mvc.perform(post("/api/v1/findings/" + "e".repeat(32) + "/suppress").header("Authorization", bearer(operator))
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());

    JsonNode audit = json(mvc.perform(get("/api/v1/audit").param("action", "finding.suppress")
        .header("Authorization", bearer(ApiTestBeans.ADMIN))).andReturn());
    assertThat(audit.get("items")).anySatisfy(e -> {
      assertThat(e.get("target").asText()).isEqualTo(id);
      assertThat(e.get("outcome").asText()).isEqualTo("SUCCESS");
      assertThat(e.get("actor").asText()).startsWith("token:tok-");
      assertThat(e.get("detail").asText()).contains("until=2099-01-01T00:00:00Z");
    });
    assertThat(audit.get("items")).anySatisfy(e -> assertThat(e.get("outcome").asText()).isEqualTo("FAILURE"));
    JsonNode un = json(mvc.perform(get("/api/v1/audit").param("action", "finding.unsuppress")
        .header("Authorization", bearer(ApiTestBeans.ADMIN))).andReturn());
    assertThat(un.get("items")).extracting(e -> e.get("outcome").asText()).contains("SUCCESS", "FAILURE");
  }

  @Test
  void complianceCountsFailingAndPassingResourcesPerControl() throws Exception {
    String viewer = token("viewer");
    JsonNode all = json(mvc.perform(get("/api/v1/compliance").header("Authorization", bearer(viewer)))
        .andExpect(status().isOk()).andReturn());
    assertThat(all.get("items")).extracting(f -> f.get("framework").asText()).contains("nist-csf-2.0", "mitre-atlas");
    JsonNode nist = json(mvc.perform(get("/api/v1/compliance/nist-csf-2.0").header("Authorization", bearer(viewer)))
        .andExpect(status().isOk()).andReturn());
    assertThat(nist.get("controls")).isNotEmpty().allSatisfy(c -> {
      assertThat(c.get("rules")).isNotEmpty();
      assertThat(c.get("status").asText()).isIn("PASS", "FAIL", "NOT_EVALUATED");
    });
  }

  @Test
  void theAiBomListsModelsAsCycloneDx16AtBothAddresses() throws Exception {
    String viewer = token("viewer");
    for (String path : List.of("/api/v1/bom", "/api/v1/aibom")) {
      var answer = mvc.perform(get(path).header("Authorization", bearer(viewer))).andExpect(status().isOk()).andReturn();
      String body = answer.getResponse().getContentAsString();
      assertThat(answer.getResponse().getContentType()).startsWith("application/vnd.cyclonedx+json");
      assertThat(AiBomFormat.CYCLONEDX_JSON.schemaErrors(body)).isEmpty();
      JsonNode bom = json(answer);
      assertThat(bom.get("bomFormat").asText()).isEqualTo("CycloneDX");
      assertThat(bom.get("specVersion").asText()).isEqualTo("1.6");
      assertThat(bom.get("components")).hasSize(12).allSatisfy(c -> {
        assertThat(c.get("type").asText()).isEqualTo("machine-learning-model");
        assertThat(c.has("modelCard")).isTrue();
      });
      assertThat(bom.get("serialNumber").asText()).startsWith("urn:uuid:");
    }
    var xml = mvc.perform(get("/api/v1/bom").param("format", "cyclonedx-xml").header("Authorization", bearer(viewer)))
        .andExpect(status().isOk()).andReturn().getResponse();
    assertThat(xml.getContentType()).startsWith("application/vnd.cyclonedx+xml");
    assertThat(AiBomFormat.CYCLONEDX_XML.schemaErrors(xml.getContentAsString())).isEmpty();
    mvc.perform(get("/api/v1/bom").param("format", "spdx").header("Authorization", bearer(viewer)))
        .andExpect(status().isBadRequest());
  }
}
