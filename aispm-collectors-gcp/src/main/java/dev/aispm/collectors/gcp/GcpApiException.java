package dev.aispm.collectors.gcp;

/**
 * A Google API answered a REST call with an error. Carries the HTTP status, the canonical status
 * name (PERMISSION_DENIED, RESOURCE_EXHAUSTED ...) and, when the API named it in an ErrorInfo
 * detail or its message, the IAM permission that was missing.
 */
public final class GcpApiException extends RuntimeException {
  private final int httpStatus;
  private final String status;
  private final String permission;

  public GcpApiException(int httpStatus, String status, String message, String permission) {
    super("HTTP " + httpStatus + (status == null ? "" : " " + status) + ": " + message);
    this.httpStatus = httpStatus;
    this.status = status;
    this.permission = permission;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** Canonical status name, or null. */
  public String status() {
    return status;
  }

  /** The permission the API said was denied, or null. */
  public String permission() {
    return permission;
  }
}
