package dev.aispm.api.v1;

/** Page size bounds of every list endpoint: no endpoint returns an unbounded list. */
public final class Limits {
  public static final int DEFAULT = 50;
  public static final int MAX = 500;

  private Limits() {}

  public static int check(Integer limit) {
    if (limit == null) {
      return DEFAULT;
    }
    if (limit < 1 || limit > MAX) {
      throw new InvalidParameterException("limit", "must be between 1 and " + MAX + ", was " + limit);
    }
    return limit;
  }

  /** Rejects filter values that are absurdly long before they reach a query. */
  public static String filter(String name, String value) {
    if (value != null && value.length() > 512) {
      throw new InvalidParameterException(name, "longer than 512 characters");
    }
    return value == null || value.isBlank() ? null : value;
  }
}
