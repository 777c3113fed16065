package dev.aispm.graph.schema;

import java.util.Objects;

/**
 * A declared relationship from a record to what it is about, e.g. a finding {@code AFFECTS} an
 * asset. {@code to} is a record label or a concept label of assets.
 */
public record RecordLink(String type, String from, String to, String description) {
  public RecordLink {
    Identifiers.requireRelType(type);
    Identifiers.requireLabel(from);
    Identifiers.requireLabel(to);
    Objects.requireNonNull(description, "description");
  }
}
