package dev.aispm.collectors.content;

import java.util.Map;

/**
 * Reads the whole-number budget settings of the content stages ({@code AISPM_CONTENT_*},
 * {@code AISPM_IMAGE_*}) from the environment, one way for all of them: blank or unset takes the
 * default, anything but a whole number stops the scan before it starts with the variable named.
 */
public final class BudgetVariables {
  private BudgetVariables() {}

  /** The value of {@code name}, or {@code fallback} when it is unset or blank. */
  public static long number(Map<String, String> env, String name, long fallback) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was '" + v + "'");
    }
  }

  /** Like {@link #number} for settings that count things, refusing values past an int. */
  public static int count(Map<String, String> env, String name, int fallback) {
    long n = number(env, name, fallback);
    if (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) {
      throw new IllegalArgumentException(name + " is too large, was '" + env.get(name) + "'");
    }
    return (int) n;
  }
}
