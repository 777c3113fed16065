package dev.aispm.scanners.files;

import dev.aispm.scanners.core.ScanLimits;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code scan-files} options that set {@link ScanLimits}, parsed and checked before anything
 * is scanned: a limit that is zero, negative, not a number or out of range is a usage error
 * (exit 2), never a silently unlimited scan.
 */
final class LimitOptions {
  private static final Set<String> NAMES = Set.of("--max-bytes", "--max-decompressed",
      "--max-ratio", "--max-entries", "--max-depth", "--max-opcodes", "--max-line");

  private long maxBytes;
  private long maxDecompressed;
  private int maxRatio;
  private int maxEntries;
  private int maxDepth;
  private long maxOpcodes;
  private int maxLine;
  private boolean changed;

  LimitOptions(ScanLimits base) {
    maxBytes = base.maxBytesPerObject();
    maxDecompressed = base.maxDecompressedBytes();
    maxRatio = base.maxCompressionRatio();
    maxEntries = base.maxArchiveEntries();
    maxDepth = base.maxNestingDepth();
    maxOpcodes = base.maxPickleOpcodes();
    maxLine = base.maxLineLength();
  }

  static boolean handles(String option) {
    return NAMES.contains(option);
  }

  /** Sets one option; throws {@link IllegalArgumentException} with a readable reason. */
  void set(String option, String value) {
    switch (option) {
      case "--max-bytes" -> maxBytes = size(option, value, 1, Long.MAX_VALUE);
      case "--max-decompressed" -> maxDecompressed = size(option, value, 1, Long.MAX_VALUE);
      case "--max-ratio" -> maxRatio = (int) count(option, value, 2, Integer.MAX_VALUE);
      case "--max-entries" -> maxEntries = (int) count(option, value, 1, Integer.MAX_VALUE);
      // Zero is meaningful: scan top-level files only, open no container.
      case "--max-depth" -> maxDepth = (int) count(option, value, 0, 1000);
      case "--max-opcodes" -> maxOpcodes = count(option, value, 1, Long.MAX_VALUE);
      // A line must hold the longest secret format with room for its context.
      case "--max-line" -> maxLine = (int) size(option, value, 8192, Integer.MAX_VALUE - 16);
      default -> throw new IllegalArgumentException("unknown option " + option);
    }
    changed = true;
  }

  boolean changed() {
    return changed;
  }

  ScanLimits build() {
    return new ScanLimits(maxBytes, maxDecompressed, maxRatio, maxEntries, maxDepth, maxOpcodes,
        maxLine);
  }

  /** A count: decimal digits only. */
  static long count(String option, String value, long min, long max) {
    long n;
    try {
      n = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a whole number, not '" + value + "'");
    }
    return inRange(option, n, min, max);
  }

  /** A size in bytes: digits with an optional K, M or G (powers of 1024), e.g. 512M. */
  static long size(String option, String value, long min, long max) {
    String v = value.trim().toUpperCase(Locale.ROOT);
    if (v.endsWith("IB")) {
      v = v.substring(0, v.length() - 2);
    } else if (v.endsWith("B") && v.length() > 1 && !Character.isDigit(v.charAt(v.length() - 2))) {
      v = v.substring(0, v.length() - 1);
    }
    int shift = 0;
    if (!v.isEmpty()) {
      switch (v.charAt(v.length() - 1)) {
        case 'K' -> shift = 10;
        case 'M' -> shift = 20;
        case 'G' -> shift = 30;
        case 'T' -> shift = 40;
        default -> {
        }
      }
    }
    String digits = shift == 0 ? v : v.substring(0, v.length() - 1);
    long n;
    try {
      n = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a size such as 1048576, 512K, 64M or"
          + " 2G, not '" + value + "'");
    }
    if (n < 0 || (shift > 0 && n > (Long.MAX_VALUE >> shift))) {
      throw new IllegalArgumentException(option + " is out of range: " + value);
    }
    return inRange(option, n << shift, min, max);
  }

  private static long inRange(String option, long n, long min, long max) {
    if (n < min || n > max) {
      throw new IllegalArgumentException(option + " must be between " + min + " and " + max
          + ", not " + n);
    }
    return n;
  }
}
