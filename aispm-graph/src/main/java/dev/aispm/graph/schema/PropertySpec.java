package dev.aispm.graph.schema;

import java.util.Objects;

/**
 * One declared property of a node type, with the sentence that documents it.
 *
 * <p>Properties are declared so that a loader can reject a record that carries a name the schema
 * does not know (a typo would otherwise create a property no rule reads) and so that
 * docs/graph-model.md is generated from the same declaration the code uses.
 *
 * @param name        property key in Neo4j
 * @param description what the value means and where it comes from
 */
public record PropertySpec(String name, String description) {
  public PropertySpec {
    Identifiers.requireProperty(name);
    Objects.requireNonNull(description, "description");
  }

  /** Shorthand used by the schema declarations. */
  public static PropertySpec prop(String name, String description) {
    return new PropertySpec(name, description);
  }
}
