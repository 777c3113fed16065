package dev.aispm.posture.notification.publisher;

/**
 * A failed delivery attempt. Its message must never contain a channel secret: it is recorded on
 * the delivery and shown to admins.
 *
 * @see #retryable()
 */
public final class PublishException extends Exception {
  private final Integer statusCode;
  private final boolean retryable;

  public PublishException(String message, Integer statusCode, boolean retryable) {
    super(message);
    this.statusCode = statusCode;
    this.retryable = retryable;
  }

  /** The receiver's answer code, or null when none came. */
  public Integer statusCode() {
    return statusCode;
  }

  /** Whether trying again may help: no answer, throttling or a server error, but not a refusal. */
  public boolean retryable() {
    return retryable;
  }
}
