package dev.aispm.scanners.data.text;

import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.data.inspect.LimitedStream;
import dev.aispm.scanners.data.inspect.ObjectInspection;
import java.util.Map;

/**
 * The notes every reader adds when a limit shaped the scan, so that "no finding" is never
 * mistaken for "fully read and clean".
 */
public final class Notes {
  private Notes() {}

  /** Reports a byte budget that ran out and lines that had to be read in pieces. */
  public static void limits(ObjectInspection inspection, LimitedStream bounded, LineReader lines,
      ScanLimits limits) {
    if (bounded.truncated()) {
      truncated(inspection, limits);
    }
    if (lines != null && lines.sawLongLine()) {
      inspection.note("data.long-line", Severity.INFO, "lines longer than " + limits.maxLineLength()
          + " bytes were scanned in overlapping pieces", 0, 0, Map.of());
    }
  }

  /** As {@link #limits(ObjectInspection, LimitedStream, LineReader, ScanLimits)}, for input read
   * by several line readers. */
  public static void limits(ObjectInspection inspection, LimitedStream bounded, boolean sawLongLine,
      ScanLimits limits) {
    if (bounded.truncated()) {
      truncated(inspection, limits);
    }
    if (sawLongLine) {
      inspection.note("data.long-line", Severity.INFO, "lines longer than " + limits.maxLineLength()
          + " bytes were scanned in overlapping pieces", 0, 0, Map.of());
    }
  }

  /** Reports that only the first {@code maxBytesPerObject} bytes were read. */
  public static void truncated(ObjectInspection inspection, ScanLimits limits) {
    inspection.note("data.truncated", Severity.INFO, "only the first " + limits.maxBytesPerObject()
        + " bytes were scanned", 0, 0, Map.of("limit", Long.toString(limits.maxBytesPerObject())));
  }
}
