package dev.aispm.scanners.policy;

/**
 * A policy file that cannot be used: unreadable, not YAML, or not in the policy's schema. The
 * message names the file and the key at fault, because a gate that silently ignored a misspelt
 * key would approve what its authors meant to refuse.
 */
public final class ModelPolicyException extends Exception {
  private static final long serialVersionUID = 1L;

  public ModelPolicyException(String message) {
    super(message);
  }

  public ModelPolicyException(String message, Throwable cause) {
    super(message, cause);
  }
}
