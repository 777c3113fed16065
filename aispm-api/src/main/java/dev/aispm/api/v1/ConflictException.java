package dev.aispm.api.v1;

/** The request contradicts the resource's state (e.g. unsuppressing an unsuppressed finding); a 409 problem. */
public final class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
