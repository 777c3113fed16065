package dev.aispm.graph.embedded;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process Neo4j that is aispm's default store, so a user needs nothing but a JDK.
 *
 * <p>It listens for Bolt on 127.0.0.1 only, with authentication on and a random password set at
 * each start: the application talks to it through the same driver code as to an external server,
 * and other local users cannot read the graph through the port.
 *
 * <p>Bolt's shutdown waits are zero: the application closes its driver before the database, so
 * no connection is left to drain, and with Neo4j's defaults every close (each {@code ./aispm}
 * command's exit) waited about ten seconds for Bolt's idle event loops.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
  private static final String USER = "neo4j";

  private final DatabaseManagementService service;
  private final URI boltUri;
  private final String password;

  private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, String password) {
    this.service = service;
    this.boltUri = boltUri;
    this.password = password;
  }

  /**
   * Starts Neo4j with its files under {@code home}.
   *
   * @param boltPort port on 127.0.0.1, or 0 for any free port
   */
  public static EmbeddedNeo4j start(Path home, int boltPort) {
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the graph folder " + home + ": " + e.getMessage(), e);
    }
    long started = System.nanoTime();
    DatabaseManagementService service = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, 512L * 1024 * 1024)
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
        .build();
    try {
      String password = HexFormat.of().formatHex(randomBytes());
      service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
      GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      HostnamePort bolt = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
          .getLocalAddress(ConnectorType.BOLT);
      URI uri = URI.create("bolt://127.0.0.1:" + bolt.getPort());
      LOG.info("embedded Neo4j started in {} ms at {} with data in {}",
          (System.nanoTime() - started) / 1_000_000, uri, home.toAbsolutePath());
      return new EmbeddedNeo4j(service, uri, password);
    } catch (Exception e) {
      service.shutdown();
      throw new IllegalStateException("embedded Neo4j failed to start: " + e.getMessage(), e);
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  public URI boltUri() {
    return boltUri;
  }

  public String user() {
    return USER;
  }

  public String password() {
    return password;
  }

  @Override
  public void close() {
    service.shutdown();
  }
}
