package dev.aispm.api.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.api.security.TokenHash;
import dev.aispm.api.testing.ApiIntegrationTest;
import dev.aispm.api.testing.ApiTestBeans;
import dev.aispm.graph.testing.InProcessNeo4j;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** Authentication, roles, tokens and the audit of token changes, over the real graph. */
class SecurityIT extends ApiIntegrationTest {

  @Test
  void noTokenIsA401ProblemAndTheProbesStayOpen() throws Exception {
    mvc.perform(get("/api/v1/findings"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
        .andExpect(jsonPath("$.type").value("https://aispm.dev/problems/unauthorized"))
        .andExpect(jsonPath("$.status").value(401));
    mvc.perform(get("/api/v1/findings").header("Authorization", bearer("aispm_not-a-real-token")))
        .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail").value("unknown token"));
    mvc.perform(get("/api/v1/findings").header("Authorization", "Basic YWRtaW46YWRtaW4="))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
  }

  @Test
  void aViewerReadsButGetsA403ProblemOnAnAdminCallWhichIsAudited() throws Exception {
    String viewer = token("viewer");
    mvc.perform(get("/api/v1/findings").header("Authorization", bearer(viewer))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/audit").header("Authorization", bearer(viewer)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://aispm.dev/problems/forbidden"));
    mvc.perform(post("/api/v1/tokens").header("Authorization", bearer(viewer))
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"escalate\",\"role\":\"admin\"}"))
        .andExpect(status().isForbidden());
    String viewerId = whoAmI(viewer);
    JsonNode audit = json(mvc.perform(get("/api/v1/audit").param("actor", viewerId)
        .header("Authorization", bearer(ApiTestBeans.ADMIN))).andExpect(status().isOk()).andReturn());
    assertThat(audit.get("items")).anySatisfy(e -> {
      assertThat(e.get("action").asText()).isEqualTo("http.post");
      assertThat(e.get("target").asText()).isEqualTo("/api/v1/tokens");
      assertThat(e.get("outcome").asText()).isEqualTo("DENIED");
    });
  }

  @Test
  void tokensAreStoredAsHashesOnlyAndRevocationIsImmediateAndAudited() throws Exception {
    MvcResult created = mvc.perform(post("/api/v1/tokens").header("Authorization", bearer(ApiTestBeans.ADMIN))
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"siem-export\",\"role\":\"Operator\"}"))
        .andExpect(status().isCreated()).andExpect(header().exists("Location"))
        .andExpect(jsonPath("$.role").value("operator")).andReturn();
    String id = json(created).get("id").asText();
    String secret = json(created).get("token").asText();
    assertThat(secret).startsWith("aispm_").hasSizeGreaterThan(40);

    assertThat(InProcessNeo4j.count("MATCH (t:ApiToken {id: '" + id + "', hash: '" + TokenHash.sha256(secret)
        + "'}) RETURN count(t)")).isEqualTo(1);
    assertThat(InProcessNeo4j.count("MATCH (t:ApiToken) WHERE any(k IN keys(t) WHERE t[k] = '" + secret
        + "') RETURN count(t)")).as("the clear token is stored nowhere").isZero();
    mvc.perform(get("/api/v1/tokens/" + id).header("Authorization", bearer(ApiTestBeans.ADMIN)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.token").doesNotExist())
        .andExpect(jsonPath("$.hash").doesNotExist());

    mvc.perform(get("/api/v1/summary").header("Authorization", bearer(secret))).andExpect(status().isOk());
    mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", bearer(ApiTestBeans.ADMIN)))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/summary").header("Authorization", bearer(secret)))
        .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail").value("the token was revoked"));
    mvc.perform(delete("/api/v1/tokens/tok-00000000-0000-0000-0000-000000000000")
        .header("Authorization", bearer(ApiTestBeans.ADMIN))).andExpect(status().isNotFound());

    JsonNode audit = json(mvc.perform(get("/api/v1/audit").param("limit", "500")
        .header("Authorization", bearer(ApiTestBeans.ADMIN))).andReturn());
    assertThat(audit.get("items")).anySatisfy(e -> {
      assertThat(e.get("action").asText()).isEqualTo("token.create");
      assertThat(e.get("target").asText()).isEqualTo(id);
      assertThat(e.get("actor").asText()).isEqualTo("token:bootstrap-admin");
      assertThat(e.get("outcome").asText()).isEqualTo("SUCCESS");
      assertThat(e.get("at").asText()).isNotBlank();
    });
    assertThat(audit.get("items")).anySatisfy(e -> {
      assertThat(e.get("action").asText()).isEqualTo("token.revoke");
      assertThat(e.get("target").asText()).isEqualTo(id);
    });
    assertThat(audit.toString()).doesNotContain(secret);
  }

  @Test
  void tokenRequestsAreValidatedWithClearProblems() throws Exception {
    mvc.perform(post("/api/v1/tokens").header("Authorization", bearer(ApiTestBeans.ADMIN))
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"role\":\"root\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://aispm.dev/problems/invalid-body"))
        .andExpect(jsonPath("$.errors[?(@.field == 'role')].message").value("must be viewer, operator or admin"))
        .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists());
    mvc.perform(post("/api/v1/tokens").header("Authorization", bearer(ApiTestBeans.ADMIN))
            .contentType(MediaType.APPLICATION_JSON).content("{not json"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Invalid request body"));
    mvc.perform(post("/api/v1/tokens").header("Authorization", bearer(ApiTestBeans.ADMIN))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"old\",\"role\":\"viewer\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("expiresAt"));
    mvc.perform(get("/api/v1/tokens/not-an-id").header("Authorization", bearer(ApiTestBeans.ADMIN)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("id"));
  }

  /** The caller name a token is audited under. */
  private String whoAmI(String secret) {
    try (var s = InProcessNeo4j.connection().session()) {
      return "token:" + s.run("MATCH (t:ApiToken {hash: $h}) RETURN t.id AS id",
          java.util.Map.of("h", TokenHash.sha256(secret))).single().get("id").asString();
    }
  }
}
