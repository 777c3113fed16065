package dev.aispm.graph.testing;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.graph.schema.SchemaInstaller;
import java.time.Duration;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One real in-process Neo4j (the test harness) shared by every integration test of a JVM, reached
 * over Bolt through the driver as in production. Starting Neo4j takes seconds, so tests share it
 * and call {@link #reset()} to begin from an empty graph.
 */
public final class InProcessNeo4j {
  private static Neo4j server;
  private static Driver driver;

  private InProcessNeo4j() {}

  /** The shared connection, starting the server on first use; the schema is installed. */
  public static synchronized GraphConnection connection() {
    if (server == null) {
      // Without the zero waits, closing the harness at the JVM's exit idles about ten seconds in
      // Bolt's event loops: once per integration-test JVM.
      server = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
          .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
          .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
          .build();
      driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none());
      SchemaInstaller.install(driver, null, SchemaCatalog.standard());
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        driver.close();
        server.close();
      }));
    }
    return GraphConnection.of(driver, null, 1000);
  }

  /** Deletes every node and relationship, keeping constraints and indexes. */
  public static void reset() {
    try (Session s = connection().session()) {
      s.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
    }
  }

  /** Runs a query and returns the single long value it yields. */
  public static long count(String cypher) {
    try (Session s = connection().session()) {
      return s.run(cypher).single().get(0).asLong();
    }
  }
}
