package dev.aispm.rules.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A rule's description as data ({@code rule.yaml}): what it checks, why it matters, how to fix it
 * and which controls it maps to. The API, the dashboard, SARIF/JSON reports and docs/rules.md all
 * render from this one record.
 */
public record RuleMetadata(String id, String title, String description, RuleSeverity severity,
    Category category, String provider, String service, List<String> resourceTypes, String risk,
    Remediation remediation, List<String> references, Compliance compliance) {

  public RuleMetadata {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[a-z0-9][a-z0-9_]{2,120}")) {
      throw new IllegalArgumentException("rule id must be lower_snake_case: " + id);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(remediation, "remediation");
    resourceTypes = List.copyOf(resourceTypes);
    references = List.copyOf(references);
    Objects.requireNonNull(compliance, "compliance");
  }
}
