package dev.aispm.collectors.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingValuesTest {
  private static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void anObjectGivesItsStringFieldsOnly() throws Exception {
    assertThat(SettingValues.fromObject(json("{\"A\": \"1\", \"B\": 2, \"C\": null, \"D\": {\"x\": \"y\"}}"), "env."))
        .isEqualTo(Map.of("env.A", "1"));
    assertThat(SettingValues.fromObject(json("[\"A\"]"), "env.")).isEmpty();
    assertThat(SettingValues.fromObject(new ObjectMapper().missingNode(), "env.")).isEmpty();
  }

  @Test
  void containersGivePlainValuesNamedByContainerOrPlaceAndSkipReferences() throws Exception {
    JsonNode containers = json("""
        [{"name": "api", "env": [{"name": "TOKEN", "value": "t"}, {"name": "KEY", "secretRef": "k"},
                                 {"name": "REF", "valueSource": {"secretKeyRef": {"secret": "s"}}}, {"value": "nameless"}]},
         {"env": [{"name": "MODE", "value": "bm25"}]}]
        """);
    assertThat(SettingValues.fromContainers(containers, "containers", "revision r1 "))
        .containsExactly(Map.entry("revision r1 api.env.TOKEN", "t"), Map.entry("revision r1 containers[1].env.MODE", "bm25"));
    assertThat(SettingValues.fromContainers(json("{}"), "containers", "")).isEmpty();
  }
}
