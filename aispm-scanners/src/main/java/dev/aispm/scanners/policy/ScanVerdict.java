package dev.aispm.scanners.policy;

import java.util.Locale;

/**
 * The content scanners' verdict on a model, from best to worst, with the names the graph stores
 * in {@code scanStatus}. A policy blocks every verdict at or past the one it names, so
 * {@code suspicious} blocks suspicious and malicious models.
 */
public enum ScanVerdict {
  CLEAN("clean"),
  NOT_FULLY_SCANNED("not-fully-scanned"),
  UNPARSEABLE("unparseable"),
  SUSPICIOUS("suspicious"),
  MALICIOUS("malicious");

  private final String label;

  ScanVerdict(String label) {
    this.label = label;
  }

  /** The stored name, e.g. {@code not-fully-scanned}. */
  public String label() {
    return label;
  }

  /** Whether this verdict is {@code other} or worse. */
  public boolean atLeast(ScanVerdict other) {
    return compareTo(other) >= 0;
  }

  /** Parses a stored or written name; null for an unknown one. */
  public static ScanVerdict parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (ScanVerdict v : values()) {
      if (v.label.equals(t)) {
        return v;
      }
    }
    return null;
  }
}
