package dev.aispm.graph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.connect.GraphSettings;
import dev.aispm.graph.schema.SchemaCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

class EmbeddedNeo4jIT {
  @TempDir
  Path dir;

  @Test
  void theEmbeddedDefaultServesBoltOnLoopbackWithAuthenticationAndKeepsDataAcrossRestarts() {
    GraphSettings settings = new GraphSettings(null, null, null, null, dir.resolve("neo4j"), 0, 100);
    try (GraphConnection graph = GraphConnection.open(settings, SchemaCatalog.standard())) {
      assertThat(graph.embedded()).isTrue();
      assertThat(graph.uri().getHost()).isEqualTo("127.0.0.1");
      try (var s = graph.session()) {
        s.run("CREATE (:Asset {id: 'x'})").consume();
      }
      try (var anonymous = GraphDatabase.driver(graph.uri(), AuthTokens.basic("neo4j", "neo4j"))) {
        assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
      }
    }
    try (GraphConnection graph = GraphConnection.open(settings, SchemaCatalog.standard());
         var s = graph.session()) {
      assertThat(s.run("MATCH (n:Asset {id: 'x'}) RETURN count(n)").single().get(0).asLong()).isEqualTo(1);
    }
  }
}
