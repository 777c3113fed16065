package dev.aispm.rules.findings;

import dev.aispm.rules.catalog.RuleMetadata;
import dev.aispm.rules.scoring.RiskScore;
import java.util.List;

/**
 * A failing (or unknown) rule result, scored and ready to store: what the API, reports and alerts
 * show.
 *
 * @param id     fingerprint of rule and resources
 * @param result FAIL, or UNKNOWN when the rule could not decide
 * @param scope  scope of the primary resource; resolution happens only when that scope succeeds
 */
public record Finding(String id, RuleMetadata rule, String result, String resourceId,
    List<String> resourceIds, String reason, List<PathStep> path, RiskScore score, String scope) {

  public Finding {
    resourceIds = List.copyOf(resourceIds);
    path = List.copyOf(path);
  }
}
