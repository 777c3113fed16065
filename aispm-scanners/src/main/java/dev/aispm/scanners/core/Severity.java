package dev.aispm.scanners.core;

import java.util.Locale;

/**
 * How bad a content finding is. The numeric score is what SARIF's {@code security-severity}
 * property carries (GitHub maps 9.0+ to critical, 7.0+ high, 4.0+ medium, above 0 low).
 */
public enum Severity {
  CRITICAL(9.5),
  HIGH(8.0),
  MEDIUM(5.5),
  LOW(2.0),
  INFO(0.0);

  private final double securitySeverity;

  Severity(double securitySeverity) {
    this.securitySeverity = securitySeverity;
  }

  /** The CVSS-like score GitHub code scanning reads from SARIF. */
  public double securitySeverity() {
    return securitySeverity;
  }

  /** Whether this severity is at least as bad as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** Parses {@code critical|high|medium|low|info}, case-insensitively. */
  public static Severity parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown severity '" + text + "' (expected critical, high, medium, low or info)");
    }
  }
}
