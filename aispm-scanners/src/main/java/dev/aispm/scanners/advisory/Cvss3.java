package dev.aispm.scanners.advisory;

import dev.aispm.scanners.core.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * The CVSS v3.x base score of a vector, per the FIRST specification, so an advisory without its
 * database's own rating (PYSEC, many OSV exports) still gets the severity its vector gives.
 */
public final class Cvss3 {
  private Cvss3() {
  }

  /**
   * The base score (0.0 to 10.0) of a {@code CVSS:3.x/AV:..} vector.
   *
   * @throws IllegalArgumentException when a base metric is missing or unknown
   */
  public static double baseScore(String vector) {
    Map<String, String> m = new HashMap<>();
    for (String part : vector.split("/")) {
      int colon = part.indexOf(':');
      if (colon > 0) {
        m.put(part.substring(0, colon), part.substring(colon + 1));
      }
    }
    if (!m.getOrDefault("CVSS", "").startsWith("3")) {
      throw new IllegalArgumentException("not a CVSS v3 vector: " + vector);
    }
    boolean changed = "C".equals(metric(m, "S", "U", "C"));
    double av = switch (metric(m, "AV", "N", "A", "L", "P")) {
      case "N" -> 0.85;
      case "A" -> 0.62;
      case "L" -> 0.55;
      default -> 0.2;
    };
    double ac = metric(m, "AC", "L", "H").equals("L") ? 0.77 : 0.44;
    double pr = switch (metric(m, "PR", "N", "L", "H")) {
      case "N" -> 0.85;
      case "L" -> changed ? 0.68 : 0.62;
      default -> changed ? 0.5 : 0.27;
    };
    double ui = metric(m, "UI", "N", "R").equals("N") ? 0.85 : 0.62;
    double iss = 1 - (1 - cia(m, "C")) * (1 - cia(m, "I")) * (1 - cia(m, "A"));
    double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
    double exploitability = 8.22 * av * ac * pr * ui;
    if (impact <= 0) {
      return 0.0;
    }
    double raw = changed ? Math.min(1.08 * (impact + exploitability), 10)
        : Math.min(impact + exploitability, 10);
    return roundUp(raw);
  }

  /** The qualitative rating of a score: 9.0+ critical, 7.0+ high, 4.0+ medium, else low. */
  public static Severity rating(double score) {
    if (score >= 9.0) {
      return Severity.CRITICAL;
    }
    if (score >= 7.0) {
      return Severity.HIGH;
    }
    if (score >= 4.0) {
      return Severity.MEDIUM;
    }
    return score > 0 ? Severity.LOW : Severity.INFO;
  }

  private static double cia(Map<String, String> m, String key) {
    return switch (metric(m, key, "H", "L", "N")) {
      case "H" -> 0.56;
      case "L" -> 0.22;
      default -> 0.0;
    };
  }

  private static String metric(Map<String, String> m, String key, String... allowed) {
    String v = m.get(key);
    for (String a : allowed) {
      if (a.equals(v)) {
        return v;
      }
    }
    throw new IllegalArgumentException("CVSS vector lacks a valid " + key);
  }

  /** The specification's Roundup: the smallest one-decimal number not below the input. */
  static double roundUp(double value) {
    long i = Math.round(value * 100000);
    return i % 10000 == 0 ? i / 100000.0 : (Math.floor(i / 10000.0) + 1) / 10.0;
  }
}
