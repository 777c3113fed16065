package dev.aispm.graph.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Declares a node that is not a cloud asset but a record aispm keeps about them: a finding, what a
 * content scan found in an object, a scan run and its outcomes, API tokens and the audit log.
 *
 * <p>Records are declared for the same reasons assets are: docs/graph-model.md is generated from
 * the declaration, and a writer builds its rows through {@link #row()}, so a property name the
 * declaration does not know fails the first test that writes it instead of creating a property no
 * reader looks for.
 *
 * @param label       the record's only label
 * @param description what the record stands for
 * @param properties  every property a writer may set
 */
public record RecordSchema(String label, String description, List<PropertySpec> properties) {
  public RecordSchema {
    Identifiers.requireLabel(label);
    Objects.requireNonNull(description, "description");
    properties = List.copyOf(properties);
    if (properties.stream().map(PropertySpec::name).distinct().count() != properties.size()) {
      throw new IllegalArgumentException(label + " declares a property twice");
    }
  }

  /** Starts a declaration. */
  public static Builder builder(String label) {
    return new Builder(label);
  }

  public boolean declares(String property) {
    return properties.stream().anyMatch(p -> p.name().equals(property));
  }

  /**
   * The declared name, or an exception naming the record: for writers that put names into Cypher
   * text rather than a row.
   */
  public String key(String property) {
    if (!declares(property)) {
      throw new IllegalArgumentException(label + " declares no property " + property);
    }
    return property;
  }

  /** A row of properties for this record, checked against the declaration as it is filled. */
  public Row row() {
    return new Row(this);
  }

  /** Properties of one record to write, in the order they were set. */
  public static final class Row {
    private final RecordSchema schema;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Row(RecordSchema schema) {
      this.schema = schema;
    }

    /** Sets a declared property; a null value is kept (it removes the property when written with +=). */
    public Row set(String property, Object value) {
      values.put(schema.key(property), value);
      return this;
    }

    /** The properties as a driver parameter. */
    public Map<String, Object> toMap() {
      return new HashMap<>(values);
    }
  }

  /** Fluent declaration, so record declarations read like a table. */
  public static final class Builder {
    private final String label;
    private String description = "";
    private final List<PropertySpec> properties = new ArrayList<>();

    private Builder(String label) {
      this.label = label;
    }

    public Builder description(String text) {
      this.description = text;
      return this;
    }

    public Builder property(String name, String description) {
      properties.add(new PropertySpec(name, description));
      return this;
    }

    public RecordSchema build() {
      return new RecordSchema(label, description, properties);
    }
  }
}
