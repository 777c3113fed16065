package dev.aispm.scanners.policy;

/**
 * One way a model falls outside the policy.
 *
 * @param dimension what was judged
 * @param value     the value that was refused, or null when it was unknown
 * @param message   one sentence saying what is not approved and why
 */
public record PolicyViolation(Dimension dimension, String value, String message) {
  /** The finding's rule id. */
  public String ruleId() {
    return dimension.ruleId();
  }
}
