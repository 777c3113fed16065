package dev.aispm.rules.catalog;

import java.util.Map;

/**
 * A loaded rule: its metadata, its read-only Cypher query, and its fixtures (name to Cypher that
 * builds a graph on which the rule must PASS, FAIL, or find nothing).
 *
 * <p>The query returns one row per resource with columns {@code resourceId}, {@code status}
 * ({@code FAIL}, {@code PASS} or {@code UNKNOWN}) and {@code reason}; optionally {@code path} (a
 * Neo4j path from the start of an attack to its target) and {@code resourceIds} (every resource
 * the finding involves, for its fingerprint).
 *
 * @param origin where it was loaded from (classpath folder or a user folder), for error messages
 */
public record Rule(RuleMetadata metadata, String query, Map<String, String> fixtures, String origin) {
  public String id() {
    return metadata.id();
  }
}
