package dev.aispm.graph.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.graph.schema.aws.sagemaker.NotebookInstanceSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.SyncTag;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The external-server path against a real Neo4j 5.26 server in a container: the same code that
 * talks to the embedded default must work unchanged over the network. Runs only where Docker is
 * available and is skipped (not failed) elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
class ExternalNeo4jContainerIT {
  @Container
  static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26-community")
      .withAdminPassword("aispm-test-password");

  @Test
  void connectsInstallsTheSchemaAndUpsertsIdempotently() {
    GraphSettings settings = new GraphSettings(NEO4J.getBoltUrl(), "neo4j", "aispm-test-password", null,
        Path.of("unused"), 0, 100);
    try (GraphConnection graph = GraphConnection.open(settings, SchemaCatalog.standard())) {
      assertThat(graph.embedded()).isFalse();
      ScopeKey scope = new ScopeKey("aws", "111111111111", "us-east-1");
      var record = NodeRecord.of("arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/x", scope)
          .set("name", "x").build();
      graph.writer().upsertNodes(NotebookInstanceSchema.NODE, List.of(record), new SyncTag("a", Instant.now()));
      graph.writer().upsertNodes(NotebookInstanceSchema.NODE, List.of(record), new SyncTag("b", Instant.now()));
      try (var s = graph.session()) {
        assertThat(s.run("MATCH (n:Notebook) RETURN count(n)").single().get(0).asLong()).isEqualTo(1);
      }
    }
  }
}
