package dev.aispm.graph.connect;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the graph lives. With no URI, aispm runs Neo4j in-process under {@code dataDir}; with a
 * URI ({@code AISPM_NEO4J_URI}), it connects to that server. Both are reached through the same
 * Neo4j Java Driver over Bolt, so the embedded default exercises the production code path.
 *
 * @param uri       Bolt URI of an external server, or null for embedded
 * @param user      user for the external server
 * @param password  password for the external server
 * @param database  database name, null for the server's default
 * @param dataDir   folder of the embedded database
 * @param boltPort  port of the embedded Bolt connector on 127.0.0.1; 0 picks a free one
 * @param batchSize rows per UNWIND batch when loading
 */
public record GraphSettings(String uri, String user, String password, String database,
    Path dataDir, int boltPort, int batchSize) {

  public boolean embedded() {
    return uri == null || uri.isBlank();
  }

  /** Reads {@code AISPM_NEO4J_URI}, {@code _USER}, {@code _PASSWORD}, {@code _DATABASE}, {@code AISPM_DATA_DIR}. */
  public static GraphSettings fromEnvironment(Map<String, String> env) {
    String dataDir = env.getOrDefault("AISPM_DATA_DIR", "data");
    return new GraphSettings(
        blankToNull(env.get("AISPM_NEO4J_URI")),
        env.getOrDefault("AISPM_NEO4J_USER", "neo4j"),
        env.getOrDefault("AISPM_NEO4J_PASSWORD", ""),
        blankToNull(env.get("AISPM_NEO4J_DATABASE")),
        Path.of(dataDir).resolve("neo4j"),
        number(env, "AISPM_NEO4J_BOLT_PORT", 0, 0, 65535),
        number(env, "AISPM_GRAPH_BATCH_SIZE", 1000, 1, 100_000));
  }

  /** A whole-number setting within bounds, or a message that names the setting and its range. */
  public static int number(Map<String, String> env, String name, int fallback, int min, int max) {
    String raw = env.get(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the accepted range
    }
    throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max
        + ", was '" + raw + "'");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
