package dev.aispm.graph.write;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * Converts collected values into what a Neo4j property can hold: strings, numbers, booleans,
 * temporal values and homogeneous lists of those. Neo4j rejects maps and mixed lists as property
 * values, so a transformer that produced one finds out here, with the offending value named.
 */
final class GraphValues {
  private GraphValues() {}

  static Object normalize(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean
        || value instanceof Long || value instanceof Double) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof Instant i) {
      return i.atZone(ZoneOffset.UTC);
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof java.time.temporal.Temporal) {
      return value;
    }
    if (value instanceof Collection<?> c) {
      List<Object> out = c.stream().map(GraphValues::normalize).toList();
      long kinds = out.stream().map(Object::getClass).distinct().count();
      if (kinds > 1) {
        throw new IllegalArgumentException("mixed list cannot be a property value: " + c);
      }
      return out;
    }
    throw new IllegalArgumentException(
        "unsupported property value type " + value.getClass().getName() + ": " + value);
  }
}
