package dev.aispm.graph.connect;

import dev.aispm.graph.driver.Sessions;
import dev.aispm.graph.embedded.EmbeddedNeo4j;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.graph.schema.SchemaInstaller;
import dev.aispm.graph.write.GraphWriter;
import java.net.URI;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * An open graph: the driver, the database name, and the embedded server if aispm started one.
 * Closing it closes the driver and stops the embedded server.
 */
public final class GraphConnection implements AutoCloseable {
  private final Driver driver;
  private final String database;
  private final int batchSize;
  private final EmbeddedNeo4j embedded;
  private final URI uri;

  private GraphConnection(Driver driver, String database, int batchSize, EmbeddedNeo4j embedded, URI uri) {
    this.driver = driver;
    this.database = database;
    this.batchSize = batchSize;
    this.embedded = embedded;
    this.uri = uri;
  }

  /** Starts the embedded server if needed, connects, verifies, and installs the schema. */
  public static GraphConnection open(GraphSettings settings, SchemaCatalog catalog) {
    EmbeddedNeo4j embedded = null;
    URI uri;
    String user;
    String password;
    if (settings.embedded()) {
      embedded = EmbeddedNeo4j.start(settings.dataDir(), settings.boltPort());
      uri = embedded.boltUri();
      user = embedded.user();
      password = embedded.password();
    } else {
      uri = URI.create(settings.uri());
      user = settings.user();
      password = settings.password();
    }
    Driver driver = null;
    try {
      driver = GraphDatabase.driver(uri, AuthTokens.basic(user, password),
          Config.builder().withMaxConnectionPoolSize(64).build());
      driver.verifyConnectivity();
      SchemaInstaller.install(driver, settings.database(), catalog);
      return new GraphConnection(driver, settings.database(), settings.batchSize(), embedded, uri);
    } catch (RuntimeException e) {
      if (driver != null) {
        driver.close();
      }
      if (embedded != null) {
        embedded.close();
      }
      throw new IllegalStateException("cannot open the graph at " + uri + ": " + e.getMessage(), e);
    }
  }

  /** Wraps a driver someone else opened (tests, the API's shared connection). */
  public static GraphConnection of(Driver driver, String database, int batchSize) {
    return new GraphConnection(driver, database, batchSize, null, null);
  }

  public Driver driver() {
    return driver;
  }

  /** Database name, null for the server default. */
  public String database() {
    return database;
  }

  public URI uri() {
    return uri;
  }

  public boolean embedded() {
    return embedded != null;
  }

  public SessionConfig sessionConfig() {
    return Sessions.forDatabase(database);
  }

  public Session session() {
    return driver.session(sessionConfig());
  }

  public GraphWriter writer() {
    return new GraphWriter(driver, database, batchSize);
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
