package dev.aispm.graph.write;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One node as a collector's transform step produces it: a stable cloud id, its scope and the
 * declared properties. A null value means "not known" and removes a previous value, so a setting
 * that was never read cannot linger from an old scan.
 */
public record NodeRecord(String id, ScopeKey scope, Map<String, Object> properties) {
  public NodeRecord {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("node id is blank");
    }
    Objects.requireNonNull(scope, "scope");
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** Starts a record; values may be null. */
  public static Builder of(String id, ScopeKey scope) {
    return new Builder(id, scope);
  }

  /** Collects properties, allowing nulls (which {@link Map#of} does not). */
  public static final class Builder {
    private final String id;
    private final ScopeKey scope;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    private Builder(String id, ScopeKey scope) {
      this.id = id;
      this.scope = scope;
    }

    public Builder set(String name, Object value) {
      properties.put(name, value);
      return this;
    }

    /** Sets a group of properties several transformers share (e.g. the settings scan's), in the chain. */
    public Builder properties(java.util.function.UnaryOperator<Builder> group) {
      return group.apply(this);
    }

    public NodeRecord build() {
      return new NodeRecord(id, scope, properties);
    }
  }
}
