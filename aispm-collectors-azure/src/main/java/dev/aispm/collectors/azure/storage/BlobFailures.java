package dev.aispm.collectors.azure.storage;

import com.azure.core.exception.HttpResponseException;
import com.azure.storage.blob.models.BlobStorageException;

/**
 * Turns a failed Blob call into what the scan ledger records: a readable error and, when the
 * storage service refused it (403: AuthorizationPermissionMismatch, AuthorizationFailure), the
 * data action the scanner's role lacks, so whoever assigned the role knows what to add.
 */
public final class BlobFailures {
  private BlobFailures() {}

  /** A failure as the ledger stores it. */
  public record Failure(String error, String missingPermission) {}

  /** Describes a failed call that needed {@code action}. */
  public static Failure describe(Throwable t, String action) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof BlobStorageException e) {
        String code = e.getErrorCode() == null ? null : e.getErrorCode().toString();
        String error = "HTTP " + e.getStatusCode() + (code == null ? "" : " " + code) + ": " + firstLine(e.getServiceMessage());
        return new Failure(error, e.getStatusCode() == 403 ? action : null);
      }
      if (c instanceof HttpResponseException e && e.getResponse() != null) {
        int status = e.getResponse().getStatusCode();
        return new Failure("HTTP " + status + ": " + firstLine(e.getMessage()), status == 403 ? action : null);
      }
    }
    return new Failure(t.getClass().getSimpleName() + ": " + firstLine(t.getMessage()), null);
  }

  // The storage service appends RequestId and Time lines: noise in a ledger entry.
  private static String firstLine(String message) {
    if (message == null) {
      return "no message";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
