package dev.aispm.graph.schema;

import java.util.Objects;

/**
 * Declares one relationship type between two node types.
 *
 * <p>The {@code owner} is the node type whose sync writes the relationship: stale cleanup of that
 * type in a scope also removes the relationships it owns there and no others, so a failed sync of
 * one resource type never deletes edges another sync wrote.
 *
 * @param type          relationship type, UPPER_SNAKE
 * @param from          source node type
 * @param to            target node type
 * @param owner         node type whose sync writes and cleans up this relationship
 * @param createsTarget whether a missing target node is created as a stub (an S3 bucket named in a
 *                      job's input that lives in an account we do not scan) instead of skipping the edge
 * @param description   what the edge means, for docs/graph-model.md
 */
public record RelSchema(String type, NodeSchema from, NodeSchema to, NodeSchema owner,
    boolean createsTarget, String description) {

  public RelSchema {
    Identifiers.requireRelType(type);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(description, "description");
  }

  /** A relationship written by the sync of its source type, skipped when the target is absent. */
  public static RelSchema of(String type, NodeSchema from, NodeSchema to, String description) {
    return new RelSchema(type, from, to, from, false, description);
  }

  /** A relationship written by the sync of its source type that creates a stub target if needed. */
  public static RelSchema toStub(String type, NodeSchema from, NodeSchema to, String description) {
    return new RelSchema(type, from, to, from, true, description);
  }
}
