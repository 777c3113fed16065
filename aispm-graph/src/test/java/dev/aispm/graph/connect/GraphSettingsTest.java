package dev.aispm.graph.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphSettingsTest {
  @Test
  void defaultsToTheEmbeddedGraphUnderTheDataFolder() {
    GraphSettings s = GraphSettings.fromEnvironment(Map.of("AISPM_DATA_DIR", "state"));
    assertThat(s.embedded()).isTrue();
    assertThat(s.dataDir()).isEqualTo(Path.of("state", "neo4j"));
    assertThat(s.batchSize()).isEqualTo(1000);
  }

  @Test
  void anExternalUriSwitchesOffTheEmbeddedGraph() {
    GraphSettings s = GraphSettings.fromEnvironment(Map.of("AISPM_NEO4J_URI", "bolt://graph:7687",
        "AISPM_GRAPH_BATCH_SIZE", "250"));
    assertThat(s.embedded()).isFalse();
    assertThat(s.batchSize()).isEqualTo(250);
  }

  @Test
  void aBadNumberIsRefusedWithTheSettingAndItsRangeNamed() {
    assertThatThrownBy(() -> GraphSettings.fromEnvironment(Map.of("AISPM_GRAPH_BATCH_SIZE", "lots")))
        .hasMessageContaining("AISPM_GRAPH_BATCH_SIZE").hasMessageContaining("1 to 100000");
    assertThatThrownBy(() -> GraphSettings.fromEnvironment(Map.of("AISPM_NEO4J_BOLT_PORT", "70000")))
        .hasMessageContaining("AISPM_NEO4J_BOLT_PORT");
  }
}
