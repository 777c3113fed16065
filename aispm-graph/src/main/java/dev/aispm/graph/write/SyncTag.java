package dev.aispm.graph.write;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Identifies one scan's writes. Every node and edge a scan touches gets its id as
 * {@code lastScanId} and its time as {@code lastSeen}; whatever in a cleaned scope does not carry
 * the current tag afterwards was not seen and is stale.
 */
public record SyncTag(String scanId, Instant at) {
  public SyncTag {
    Objects.requireNonNull(scanId, "scanId");
    Objects.requireNonNull(at, "at");
  }

  /** The timestamp as the driver maps it to a Neo4j DATETIME. */
  public ZonedDateTime timestamp() {
    return at.atZone(ZoneOffset.UTC);
  }
}
