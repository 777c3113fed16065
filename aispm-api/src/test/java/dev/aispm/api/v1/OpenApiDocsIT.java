package dev.aispm.api.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.aispm.api.testing.ApiIntegrationTest;
import dev.aispm.api.testing.ApiTestBeans;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/openapi.json equal to the document the service serves at /v3/api-docs. After changing
 * the API, refresh it with
 * {@code ./mvnw -q -pl aispm-api -am verify -Dit.test=OpenApiDocsIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Daispm.updateDocs=true}.
 */
class OpenApiDocsIT extends ApiIntegrationTest {
  static final Path DOC = Path.of("..", "docs", "openapi.json");

  @Test
  void theCheckedInOpenApiDocumentMatchesTheServedOne() throws Exception {
    String served = mvc.perform(get("/v3/api-docs").header("Authorization", bearer(ApiTestBeans.ADMIN)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    JsonNode doc = mapper.readTree(served);
    String expected = mapper.writeValueAsString(mapper.treeToValue(doc, Object.class)) + "\n";
    if (Boolean.getBoolean("aispm.updateDocs")) {
      Files.writeString(DOC, expected);
    }
    assertThat(doc.at("/paths/~1api~1v1~1findings/get")).as("findings listed").isNotNull();
    assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    assertThat(Files.exists(DOC)).as("docs/openapi.json exists").isTrue();
    assertThat(Files.readString(DOC)).as("docs/openapi.json is generated; rerun with -Daispm.updateDocs=true")
        .isEqualTo(expected);
  }

  @Test
  void everyJsonAnswerIsANamedRecord() throws Exception {
    JsonNode doc = JsonMapper.builder().build().readTree(Files.readString(DOC));
    java.util.List<String> untyped = new java.util.ArrayList<>();
    doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
        op.getValue().path("responses").fields().forEachRemaining(r -> r.getValue().path("content").fields()
            .forEachRemaining(c -> {
              JsonNode schema = c.getValue().path("schema");
              JsonNode named = schema.path("type").asText().equals("array") ? schema.path("items") : schema;
              // The AI-BOM is a CycloneDX document, whose schema is the CycloneDX specification's; the
              // report is HTML or PDF, not JSON.
              if (c.getKey().contains("json") && !named.has("$ref") && !java.util.Set.of("/api/v1/aibom", "/api/v1/bom")
                  .contains(path.getKey())) {
                untyped.add(op.getKey() + " " + path.getKey() + " " + r.getKey() + " " + c.getKey());
              }
            }))));
    assertThat(untyped).as("answers whose schema is not a named record").isEmpty();
  }
}
