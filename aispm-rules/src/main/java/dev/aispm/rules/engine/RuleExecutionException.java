package dev.aispm.rules.engine;

/** A rule's query failed or returned rows that break the rule contract; names the rule. */
public final class RuleExecutionException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String ruleId;

  public RuleExecutionException(String ruleId, String message, Throwable cause) {
    super("rule " + ruleId + ": " + message, cause);
    this.ruleId = ruleId;
  }

  public String ruleId() {
    return ruleId;
  }
}
