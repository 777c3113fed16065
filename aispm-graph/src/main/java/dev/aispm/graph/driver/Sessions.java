package dev.aispm.graph.driver;

import org.neo4j.driver.SessionConfig;

/**
 * The session configuration for a database name, where null means the server's default database
 * (the embedded server has one; an external server may host several).
 */
public final class Sessions {
  private Sessions() {}

  public static SessionConfig forDatabase(String database) {
    return database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
  }
}
