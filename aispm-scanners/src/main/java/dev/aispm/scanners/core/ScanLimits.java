package dev.aispm.scanners.core;

/**
 * Bounds that keep hostile input from exhausting a scan: a limit reached is reported as a finding
 * (the content was not fully analysed) and the scan goes on with the next input.
 *
 * @param maxBytesPerObject   bytes read from one file or object before stopping
 * @param maxDecompressedBytes total bytes a compressed input may expand to
 * @param maxCompressionRatio  decompressed/compressed ratio above which a stream counts as a bomb
 * @param maxArchiveEntries    entries read from one archive
 * @param maxNestingDepth      archives inside archives
 * @param maxPickleOpcodes     opcodes walked in one pickle stream
 * @param maxLineLength        characters of one text line kept for pattern matching
 */
public record ScanLimits(long maxBytesPerObject, long maxDecompressedBytes, int maxCompressionRatio,
    int maxArchiveEntries, int maxNestingDepth, long maxPickleOpcodes, int maxLineLength) {

  public ScanLimits {
    if (maxBytesPerObject <= 0 || maxDecompressedBytes <= 0 || maxCompressionRatio <= 1
        || maxArchiveEntries <= 0 || maxNestingDepth < 0 || maxPickleOpcodes <= 0 || maxLineLength <= 0) {
      throw new IllegalArgumentException("scan limits must be positive: " + this);
    }
  }

  /** Defaults sized for model checkpoints of several GB and data files of any size. */
  public static ScanLimits defaults() {
    return new ScanLimits(
        16L * 1024 * 1024 * 1024,
        32L * 1024 * 1024 * 1024,
        200,
        100_000,
        8,
        50_000_000L,
        1 << 20);
  }
}
