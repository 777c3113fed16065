package dev.aispm.rules.engine;

import dev.aispm.rules.findings.PathStep;
import dev.aispm.rules.catalog.Rule;
import java.util.List;

/**
 * One row a rule returned: a resource and whether it passes, fails, or could not be judged
 * because a setting it depends on was not readable.
 *
 * @param resourceIds every resource the result involves (the first is the primary one); with the
 *                    rule id, they make the finding's fingerprint
 * @param path        ordered attack path, empty for single-resource rules
 */
public record RuleMatch(Rule rule, String resourceId, Status status, String reason,
    List<String> resourceIds, List<PathStep> path) {

  /** PASS, FAIL, or UNKNOWN when the graph lacks what the rule needs (never counted as PASS). */
  public enum Status { PASS, FAIL, UNKNOWN }

  public RuleMatch {
    resourceIds = List.copyOf(resourceIds);
    path = List.copyOf(path);
  }
}
