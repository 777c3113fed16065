package dev.aispm.graph.write;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One relationship between two asset ids, in the scope of the sync that saw it.
 *
 * @param targetStub properties for the target node if the relationship creates it as a stub
 *                   (only used by relationship types declared with {@code createsTarget})
 */
public record RelRecord(String fromId, String toId, ScopeKey scope, Map<String, Object> properties,
    Map<String, Object> targetStub) {

  public RelRecord {
    Objects.requireNonNull(fromId, "fromId");
    Objects.requireNonNull(toId, "toId");
    Objects.requireNonNull(scope, "scope");
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    targetStub = Collections.unmodifiableMap(new LinkedHashMap<>(targetStub));
  }

  /** A relationship without properties. */
  public static RelRecord of(String fromId, String toId, ScopeKey scope) {
    return new RelRecord(fromId, toId, scope, Map.of(), Map.of());
  }

  /** A relationship with properties. */
  public static RelRecord of(String fromId, String toId, ScopeKey scope, Map<String, Object> properties) {
    return new RelRecord(fromId, toId, scope, properties, Map.of());
  }

  /** The same relationship, creating its target with these properties when it does not exist. */
  public RelRecord withTargetStub(Map<String, Object> stub) {
    return new RelRecord(fromId, toId, scope, properties, stub);
  }
}
