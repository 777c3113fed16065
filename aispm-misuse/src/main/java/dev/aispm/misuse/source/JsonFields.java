package dev.aispm.misuse.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small JSON reading habits the three parsers share: absent and null read as null, required
 * fields fail with a sentence, request parameters flatten to dotted names within fixed bounds.
 */
public final class JsonFields {
  /** Flattened parameters kept per event: enough for every detector, bounded for huge requests. */
  public static final int MAX_PARAMS = 48;
  /** Longest parameter value kept; longer values are cut (policies, inline documents). */
  public static final int MAX_VALUE = 512;
  private static final int MAX_DEPTH = 5;
  private static final int MAX_ARRAY = 8;

  private JsonFields() {}

  /** The text at {@code path} (field names), or null when a step is absent or null. */
  public static String text(JsonNode node, String... path) {
    JsonNode n = node;
    for (String p : path) {
      if (n == null) {
        return null;
      }
      n = n.get(p);
    }
    return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
  }

  /** The text at {@code path}, or an exception naming the field. */
  public static String required(JsonNode node, String... path) {
    String v = text(node, path);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("missing " + String.join(".", path));
    }
    return v;
  }

  /** An ISO-8601 instant, or an exception naming the field and the value. */
  public static Instant instant(String value, String field) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      try {
        // Azure writes offsets (2026-12-01T10:00:00.1234567+00:00) that Instant.parse rejects.
        return java.time.OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException(field + " is not a timestamp: " + value);
      }
    }
  }

  /**
   * Scalar leaves of {@code node} as dotted names ({@code primaryContainer.modelDataUrl}, array
   * items by position: {@code containers.0.modelDataUrl}), bounded in count, depth and length.
   */
  public static Map<String, String> flatten(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node != null && node.isContainerNode()) {
      flatten(node, "", 0, out);
    }
    return out;
  }

  private static void flatten(JsonNode node, String prefix, int depth, Map<String, String> out) {
    if (out.size() >= MAX_PARAMS) {
      return;
    }
    if (node.isObject()) {
      if (depth >= MAX_DEPTH) {
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), depth + 1, out);
      }
    } else if (node.isArray()) {
      if (depth >= MAX_DEPTH) {
        return;
      }
      for (int i = 0; i < Math.min(MAX_ARRAY, node.size()); i++) {
        flatten(node.get(i), prefix + "." + i, depth + 1, out);
      }
    } else if (!node.isNull()) {
      String v = node.asText();
      out.put(prefix, v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v);
    }
  }
}
