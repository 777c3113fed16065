package dev.aispm.graph.collect;

/**
 * The declared steps of a scan's collection, in the order the orchestrator runs them. A content
 * scan is its own stage rather than a collector that happens to be listed last: it depends on the
 * inventory of every provider being written first.
 */
public enum CollectorStage {
  /** Cloud control-plane inventory: assets, identities, networks and the edges between them. */
  INVENTORY,
  /** Reads the bytes of objects the inventory linked to AI assets (models, training data). */
  CONTENT,
  /**
   * Reads the clouds' activity logs for misuse detection, after the content stage so detectors
   * know which data feeds AI and what the scanner said about each artifact.
   */
  ACTIVITY
}
