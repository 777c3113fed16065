package dev.aispm.graph.collect;

/**
 * Receives progress from collectors, so a terminal can show a live line and a log a plain one.
 * Implementations must be thread-safe: regions and accounts are collected in parallel.
 */
public interface ScanProgress {
  /** A progress sink that discards everything. */
  ScanProgress NONE = (collector, message, done, total) -> { };

  /**
   * Reports a step.
   *
   * @param collector e.g. {@code aws 111111111111 us-east-1}
   * @param message   what is being done, e.g. {@code sagemaker notebook instances}
   * @param done      units finished so far
   * @param total     units in all, or -1 when unknown
   */
  void step(String collector, String message, int done, int total);
}
