package dev.aispm.rules.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The controls of each framework a rule maps to. Framework ids are stable API values:
 * {@code mitre-atlas}, {@code nist-csf-2.0}, {@code iso-27001-2022}, {@code cis-controls-v8},
 * {@code owasp-ml-top-10}, {@code owasp-llm-top-10}.
 */
public record Compliance(Map<String, List<String>> controls) {
  /** Framework ids in the order reports list them. */
  public static final List<String> FRAMEWORKS = List.of("mitre-atlas", "nist-csf-2.0",
      "iso-27001-2022", "cis-controls-v8", "owasp-ml-top-10", "owasp-llm-top-10");

  public Compliance {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (var e : controls.entrySet()) {
      if (!FRAMEWORKS.contains(e.getKey())) {
        throw new IllegalArgumentException("unknown compliance framework '" + e.getKey()
            + "' (expected one of " + FRAMEWORKS + ")");
      }
      copy.put(e.getKey(), List.copyOf(e.getValue()));
    }
    controls = java.util.Collections.unmodifiableMap(copy);
  }

  public List<String> of(String framework) {
    return controls.getOrDefault(framework, List.of());
  }
}
