package dev.aispm.rules.catalog;

import java.util.Locale;

/** What kind of risk a rule is about; the dashboard and the API filter by it. */
public enum Category {
  VISIBILITY, CONFIGURATION, DATA, MODEL_INTEGRITY, IDENTITY, NETWORK, MISUSE, ATTACK_PATH;

  /** Parses the YAML spelling: lowercase with hyphens or underscores. */
  public static Category parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("unknown category '" + text + "'");
    }
  }

  /** The YAML and API spelling. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
