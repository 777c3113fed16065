package dev.aispm.api.v1;

/** A request parameter with a value the API refuses; rendered as a 400 problem naming the parameter. */
public final class InvalidParameterException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String parameter;

  public InvalidParameterException(String parameter, String message) {
    super(parameter + ": " + message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
