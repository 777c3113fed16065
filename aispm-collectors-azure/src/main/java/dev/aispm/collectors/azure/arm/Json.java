package dev.aispm.collectors.azure.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Null-safe reads of ARM JSON for transformers: a missing or blank optional field is null, never
 * "", and a missing boolean is null (unknown), never false.
 */
public final class Json {
  private Json() {}

  /** The node at {@code path} (dot-free field names), or a missing node. */
  public static JsonNode at(JsonNode node, String... path) {
    JsonNode n = node;
    for (String p : path) {
      if (n == null) {
        return null;
      }
      n = n.get(p);
    }
    return n;
  }

  public static String text(JsonNode node, String... path) {
    JsonNode n = at(node, path);
    if (n == null || n.isNull() || n.isContainerNode()) {
      return null;
    }
    String s = n.asText();
    return s.isBlank() ? null : s;
  }

  /** A boolean field; strings "true"/"false" (some ARM APIs quote them) are read too. */
  public static Boolean bool(JsonNode node, String... path) {
    JsonNode n = at(node, path);
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isBoolean()) {
      return n.asBoolean();
    }
    String s = n.asText();
    if ("true".equalsIgnoreCase(s)) {
      return true;
    }
    if ("false".equalsIgnoreCase(s)) {
      return false;
    }
    return null;
  }

  public static Long number(JsonNode node, String... path) {
    JsonNode n = at(node, path);
    return n == null || n.isNull() || !n.canConvertToLong() ? null : n.asLong();
  }

  /** Text values of an array field; empty when absent. */
  public static List<String> texts(JsonNode node, String... path) {
    List<String> out = new ArrayList<>();
    JsonNode n = at(node, path);
    if (n != null && n.isArray()) {
      n.forEach(v -> {
        if (!v.isNull() && !v.asText().isBlank()) {
          out.add(v.asText());
        }
      });
    }
    return out;
  }

  /** Number of elements of an array field, null when the field is absent. */
  public static Integer size(JsonNode node, String... path) {
    JsonNode n = at(node, path);
    return n == null || !n.isArray() ? null : n.size();
  }
}
