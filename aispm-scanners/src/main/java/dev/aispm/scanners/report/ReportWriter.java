package dev.aispm.scanners.report;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/** Renders a {@link ScanReport} in one output format; one implementation per format. */
public interface ReportWriter {
  /** Writes {@code report} to {@code out}. */
  void write(ScanReport report, PrintStream out) throws IOException;

  /** The writer for {@code table}, {@code json} or {@code sarif}. */
  static ReportWriter forFormat(String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "table" -> new TableReportWriter();
      case "json" -> new JsonReportWriter();
      case "sarif" -> new SarifReportWriter();
      default -> throw new IllegalArgumentException(
          "unknown format '" + format + "' (expected table, json or sarif)");
    };
  }
}
