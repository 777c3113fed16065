package dev.aispm.api.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.api.config.AispmApplication;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.findings.FindingStore;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Base of the API tests: the whole service (security, controllers, scheduler) over the shared
 * in-process Neo4j, called through MockMvc with real bearer tokens. Test classes with the same
 * properties share one Spring context.
 */
@SpringBootTest(classes = AispmApplication.class, properties = {
    "aispm.admin-token=" + ApiTestBeans.ADMIN,
    "aispm.security.rate-limit.requests-per-minute=100000",
    "aispm.metrics.refresh=PT1H"})
@AutoConfigureMockMvc
// Spring Boot's tests switch metric export off unless asked; the Prometheus endpoint is part of the API.
@AutoConfigureObservability
@Import(ApiTestBeans.class)
public abstract class ApiIntegrationTest {
  protected static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  protected MockMvc mvc;

  /** Deletes the posture (assets, findings, scans, audit) but keeps the tokens. */
  protected static void clearPosture() {
    try (Session s = InProcessNeo4j.connection().session()) {
      s.run("MATCH (n) WHERE NOT n:ApiToken CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
          .consume();
    }
    findingsChanged();
  }

  /** Tells the service's cached risk queue that a test wrote findings directly into the graph. */
  protected static void findingsChanged() {
    new FindingStore(InProcessNeo4j.connection().driver(), InProcessNeo4j.connection().database()).markChanged();
  }

  protected static String bearer(String token) {
    return "Bearer " + token;
  }

  protected static JsonNode json(MvcResult r) throws Exception {
    return JSON.readTree(r.getResponse().getContentAsString());
  }

  /** Creates a token of {@code role} as the bootstrap admin and returns its secret. */
  protected String token(String role) throws Exception {
    MvcResult r = mvc.perform(post("/api/v1/tokens").header("Authorization", bearer(ApiTestBeans.ADMIN))
        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"test " + role + "\",\"role\":\"" + role + "\"}"))
        .andExpect(status().isCreated()).andReturn();
    return json(r).get("token").asText();
  }
}
