package dev.aispm.scanners.archive;

/**
 * Something a zip archive does that a well-formed one would not: the engine reports it as a
 * finding on the archive, because such oddities are how archives are made to read differently
 * in a scanner and in a loader.
 *
 * @param ruleId  stable rule id, e.g. {@code archive.zip.hidden-entry}
 * @param level   how much it matters on its own
 * @param message one readable sentence
 * @param entry   the entry concerned, or empty for the whole archive
 */
public record ZipAnomaly(String ruleId, Level level, String message, String entry) {

  /** Severity of the anomaly on its own, before any payload is found. */
  public enum Level {
    LOW, MEDIUM
  }
}
