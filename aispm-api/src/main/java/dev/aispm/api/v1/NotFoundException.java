package dev.aispm.api.v1;

/** The addressed resource does not exist; rendered as a 404 problem. */
public final class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String what) {
    super(what + " not found");
  }
}
