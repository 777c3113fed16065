package dev.aispm.scanners.policy;

/**
 * One thing a policy judges about a model, with the rule id of the finding when the model falls
 * outside the policy on it. The ids are shared by {@code scan-files} findings and the reasons
 * of the cloud rule, so a violation reads the same in a CI log and on the dashboard.
 */
public enum Dimension {
  SOURCE("policy.source-not-approved", "source"),
  VENDOR("policy.vendor-not-approved", "vendor"),
  BASE_MODEL("policy.base-model-not-approved", "base model"),
  FORMAT("policy.format-not-approved", "format"),
  LICENCE("policy.licence-not-approved", "licence"),
  SCAN_VERDICT("policy.unsafe-model", "scan verdict");

  private final String ruleId;
  private final String noun;

  Dimension(String ruleId, String noun) {
    this.ruleId = ruleId;
    this.noun = noun;
  }

  /** The finding's rule id, e.g. {@code policy.format-not-approved}. */
  public String ruleId() {
    return ruleId;
  }

  /** How messages name it. */
  public String noun() {
    return noun;
  }
}
