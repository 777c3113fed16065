package dev.aispm.scanners.policy;

import java.util.List;

/**
 * What a policy approves along one dimension (sources, vendors, base models): the patterns that
 * approve a name, and whether a model whose name is unknown (no metadata says it) passes.
 * A dimension the policy leaves out is not judged at all.
 *
 * @param approved     patterns, any of which approves a name
 * @param allowUnknown whether a model with no known name for this dimension passes
 */
public record Approval(List<NamePattern> approved, boolean allowUnknown) {
  public Approval {
    approved = List.copyOf(approved);
  }

  /** How a name fares: approved, not approved, or unknown (null or blank). */
  public Outcome judge(String name) {
    if (name == null || name.isBlank()) {
      return allowUnknown ? Outcome.APPROVED : Outcome.UNKNOWN;
    }
    return approved.stream().anyMatch(p -> p.matches(name)) ? Outcome.APPROVED : Outcome.NOT_APPROVED;
  }

  /** The result of judging one name. */
  public enum Outcome {
    APPROVED, NOT_APPROVED, UNKNOWN
  }
}
