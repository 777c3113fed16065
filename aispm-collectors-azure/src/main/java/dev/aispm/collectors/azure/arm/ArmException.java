package dev.aispm.collectors.azure.arm;

/**
 * An ARM call that did not answer with data: an HTTP error after retries, a transport failure, or
 * an answer that is not JSON. It carries the RBAC action the call needed, and, when ARM said the
 * caller lacks it (403 AuthorizationFailed), that action as the missing permission.
 */
public final class ArmException extends RuntimeException {
  private final int status;
  private final String code;
  private final String action;
  private final String missingPermission;

  public ArmException(int status, String code, String message, String action, String missingPermission) {
    super(message);
    this.status = status;
    this.code = code;
    this.action = action;
    this.missingPermission = missingPermission;
  }

  /** HTTP status, 0 when no answer arrived. */
  public int status() {
    return status;
  }

  /** ARM error code such as AuthorizationFailed, or null. */
  public String code() {
    return code;
  }

  /** The RBAC action of the call, e.g. Microsoft.MachineLearningServices/workspaces/read. */
  public String action() {
    return action;
  }

  /** The action ARM said the caller lacks, or null when the failure was not about permissions. */
  public String missingPermission() {
    return missingPermission;
  }

  /** A 404: the resource vanished between list and read, or the provider is not registered. */
  public boolean notFound() {
    return status == 404;
  }
}
