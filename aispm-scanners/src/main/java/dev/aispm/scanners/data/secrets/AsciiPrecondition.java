package dev.aispm.scanners.data.secrets;

/**
 * A test on the raw bytes after an anchor occurrence that a format's match cannot do without, such
 * as the assignment operator after a keyword or the run of token characters after a prefix. It
 * exists so that the pass that finds anchors can drop the occurrences that common words make
 * ("token" in prose, "pat" in "path") before anything else looks at them.
 *
 * <p>The contract is one-sided: on any pure-ASCII line, wherever the detector could report the
 * format at the occurrence (its matcher accepts it and what it matches is not a documented
 * example), the precondition must hold. It may hold where nothing is reported in the end.
 */
public interface AsciiPrecondition {
  /**
   * @param b           the bytes, ASCII wherever the answer matters
   * @param anchorStart where the occurrence starts
   * @param anchorEnd   where it ends (exclusive)
   * @param limit       how far {@code b} may be read; the occurrence's line ends at or before it
   * @return false only if nothing of the format can be reported at this occurrence
   */
  boolean mayMatch(byte[] b, int anchorStart, int anchorEnd, int limit);
}
