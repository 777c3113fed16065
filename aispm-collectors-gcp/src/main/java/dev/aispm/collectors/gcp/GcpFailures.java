package dev.aispm.collectors.gcp;

import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import com.google.cloud.BaseServiceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an exception of any of the Google clients (the REST helper, a GAX client, the Storage
 * client) into what the scan ledger records: a readable error and, for a denied call, the IAM
 * permission that is missing, so whoever granted the scanner's role knows what to add.
 */
public final class GcpFailures {
  private static final Pattern PERMISSION = Pattern.compile("[Pp]ermission '?([a-zA-Z]+\\.[a-zA-Z]+\\.[a-zA-Z]+)'? denied");

  private GcpFailures() {}

  /** A failure as the ledger stores it. */
  public record Failure(String error, String missingPermission, boolean notFound) {}

  /** Describes a failed call that needed {@code permission}. */
  public static Failure describe(Throwable t, String permission) {
    Throwable cause = unwrap(t);
    if (cause instanceof GcpApiException e) {
      boolean denied = e.httpStatus() == 403 || "PERMISSION_DENIED".equals(e.status());
      return new Failure(message(e), denied ? firstNonNull(e.permission(), permission) : null, e.httpStatus() == 404);
    }
    if (cause instanceof ApiException e) {
      StatusCode.Code code = e.getStatusCode().getCode();
      boolean denied = code == StatusCode.Code.PERMISSION_DENIED;
      return new Failure(code + ": " + e.getMessage(), denied ? firstNonNull(named(e.getMessage()), permission) : null,
          code == StatusCode.Code.NOT_FOUND);
    }
    if (cause instanceof BaseServiceException e) {
      boolean denied = e.getCode() == 403;
      return new Failure("HTTP " + e.getCode() + (e.getReason() == null ? "" : " " + e.getReason()) + ": " + e.getMessage(),
          denied ? firstNonNull(named(e.getMessage()), permission) : null, e.getCode() == 404);
    }
    return new Failure(cause.getClass().getSimpleName() + ": " + cause.getMessage(), null, false);
  }

  private static String message(GcpApiException e) {
    String m = e.getMessage();
    return "RESOURCE_EXHAUSTED".equals(e.status()) || e.httpStatus() == 429 ? "throttled after retries: " + m : m;
  }

  /** The permission a Google error message names ("Permission 'x.y.z' denied"), or null. */
  static String named(String message) {
    if (message == null) {
      return null;
    }
    Matcher m = PERMISSION.matcher(message);
    return m.find() ? m.group(1) : null;
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  private static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof java.util.concurrent.CompletionException
        || c instanceof java.util.concurrent.ExecutionException
        || c instanceof java.io.UncheckedIOException) && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }
}
