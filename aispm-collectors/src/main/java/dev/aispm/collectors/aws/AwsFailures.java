package dev.aispm.collectors.aws;

import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Turns an SDK exception into what the scan ledger records: a readable error and, for a denied
 * call, the IAM action that is missing, so the person who set up the scanner role knows what to
 * add.
 */
public final class AwsFailures {
  private static final Set<String> DENIED = Set.of("AccessDenied", "AccessDeniedException",
      "UnauthorizedOperation", "UnauthorizedAccess", "AuthorizationError", "AllAccessDisabled");
  private static final Set<String> NOT_FOUND = Set.of("ResourceNotFound", "ResourceNotFoundException",
      "NoSuchEntity", "NoSuchBucket", "NotFoundException");

  private AwsFailures() {}

  /** A failure as the ledger stores it. */
  public record Failure(String error, String missingPermission) {}

  /** Describes a failed call of the IAM action {@code action}. */
  public static Failure describe(Throwable t, String action) {
    Throwable cause = unwrap(t);
    if (cause instanceof AwsServiceException e) {
      String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
      String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
      String error = (code == null ? "HTTP " + e.statusCode() : code) + ": " + message;
      boolean denied = code != null && DENIED.contains(code) || e.statusCode() == 403 && code == null;
      if (e.isThrottlingException()) {
        error = "throttled after retries: " + error;
      }
      return new Failure(error, denied ? action : null);
    }
    if (cause instanceof SdkClientException e) {
      return new Failure("client error: " + e.getMessage(), null);
    }
    return new Failure(cause.getClass().getSimpleName() + ": " + cause.getMessage(), null);
  }

  /**
   * Whether the resource disappeared between listing and describing it (or a SageMaker
   * "Could not find" validation error): not a failure, the resource is simply gone.
   */
  public static boolean isNotFound(Throwable t) {
    Throwable cause = unwrap(t);
    if (cause instanceof AwsServiceException e && e.awsErrorDetails() != null) {
      String code = e.awsErrorDetails().errorCode();
      String message = String.valueOf(e.awsErrorDetails().errorMessage());
      return code != null && (NOT_FOUND.contains(code)
          || code.equals("ValidationException") && message.contains("Could not find"));
    }
    return false;
  }

  /** The AWS error code of an exception, or null. */
  public static String errorCode(Throwable t) {
    Throwable cause = unwrap(t);
    if (cause instanceof AwsServiceException e && e.awsErrorDetails() != null) {
      return e.awsErrorDetails().errorCode();
    }
    return null;
  }

  private static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof java.util.concurrent.CompletionException
        || c instanceof java.util.concurrent.ExecutionException) && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }
}
