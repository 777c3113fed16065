package dev.aispm.graph.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Declares one node type of the security graph.
 *
 * <p>Every asset node carries three kinds of label: {@code Asset} (what the id constraint, the API
 * and cleanup use), one or more concept labels shared across clouds ({@code Notebook},
 * {@code Endpoint}, {@code DataStore}...) that rules are written against, and its own type label
 * ({@code AWSSageMakerNotebookInstance}) that says exactly what it is. The common properties that
 * every asset has (id, provider, account, region, scope, firstSeen, lastSeen, lastScanId) are
 * written by the loader and need not be declared.
 *
 * @param type         the node's own label, unique across the schema
 * @param conceptLabels cross-cloud labels that rules match on
 * @param description  what the node stands for, for docs/graph-model.md
 * @param properties   the properties a collector may set on it
 */
public record NodeSchema(String type, Set<String> conceptLabels, String description,
    List<PropertySpec> properties) {

  /** The label every collected node carries; its {@code id} is unique. */
  public static final String ASSET = "Asset";

  /** Properties the loader writes on every asset node. */
  public static final Set<String> COMMON_PROPERTIES = Set.of("id", "type", "provider", "account",
      "region", "scope", "firstSeen", "lastSeen", "lastScanId", "stub");

  public NodeSchema {
    Identifiers.requireLabel(type);
    conceptLabels = Set.copyOf(conceptLabels);
    conceptLabels.forEach(Identifiers::requireLabel);
    Objects.requireNonNull(description, "description");
    properties = List.copyOf(properties);
    Set<String> seen = new java.util.HashSet<>();
    for (PropertySpec p : properties) {
      if (COMMON_PROPERTIES.contains(p.name())) {
        throw new IllegalArgumentException(type + " redeclares common property " + p.name());
      }
      if (!seen.add(p.name())) {
        throw new IllegalArgumentException(type + " declares " + p.name() + " twice");
      }
    }
  }

  /** Starts a declaration; see {@link Builder}. */
  public static Builder builder(String type) {
    return new Builder(type);
  }

  /** All labels the node carries, {@code Asset} first, in a stable order. */
  public List<String> labels() {
    List<String> labels = new ArrayList<>();
    labels.add(ASSET);
    conceptLabels.stream().sorted().forEach(labels::add);
    labels.add(type);
    return labels;
  }

  /** Whether a collector may set this property. */
  public boolean declares(String property) {
    return properties.stream().anyMatch(p -> p.name().equals(property));
  }

  /** The declared properties by name, in declaration order. */
  public Map<String, PropertySpec> propertiesByName() {
    Map<String, PropertySpec> byName = new LinkedHashMap<>();
    properties.forEach(p -> byName.put(p.name(), p));
    return byName;
  }

  /** Fluent declaration, so that schema classes read like a table. */
  public static final class Builder {
    private final String type;
    private final java.util.LinkedHashSet<String> concepts = new java.util.LinkedHashSet<>();
    private String description = "";
    private final List<PropertySpec> properties = new ArrayList<>();

    private Builder(String type) {
      this.type = type;
    }

    public Builder concept(String... labels) {
      concepts.addAll(List.of(labels));
      return this;
    }

    public Builder description(String text) {
      this.description = text;
      return this;
    }

    public Builder property(String name, String description) {
      properties.add(new PropertySpec(name, description));
      return this;
    }

    /** Declares a group of properties several types share, described once (see {@code SettingProperties}). */
    public Builder properties(java.util.function.UnaryOperator<Builder> group) {
      return group.apply(this);
    }

    public NodeSchema build() {
      return new NodeSchema(type, concepts, description, properties);
    }
  }
}
