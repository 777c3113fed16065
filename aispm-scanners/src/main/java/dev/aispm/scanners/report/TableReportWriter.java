package dev.aispm.scanners.report;

import dev.aispm.scanners.core.ContentFinding;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;

/** A plain-text table, worst findings first, for a person reading a terminal or CI log. */
public final class TableReportWriter implements ReportWriter {

  @Override
  public void write(ScanReport report, PrintStream out) {
    List<ContentFinding> sorted = report.findings().stream()
        .sorted(Comparator.comparing(ContentFinding::severity)
            .thenComparing(ContentFinding::location))
        .toList();
    if (sorted.isEmpty()) {
      out.println("No findings.");
    } else {
      int ruleWidth = Math.max(4, sorted.stream().mapToInt(f -> f.ruleId().length()).max().orElse(4));
      out.println(pad("SEVERITY", 8) + "  " + pad("RULE", ruleWidth) + "  LOCATION / MESSAGE");
      for (ContentFinding f : sorted) {
        out.println(pad(f.severity().toString(), 8) + "  " + pad(f.ruleId(), ruleWidth) + "  "
            + f.location());
        out.println(pad("", 8) + "  " + pad("", ruleWidth) + "    " + f.message());
      }
    }
    for (String error : report.errors()) {
      out.println("ERROR     " + error);
    }
    out.println(sorted.size() + " finding(s) in " + report.targets().size() + " target(s)"
        + (report.errors().isEmpty() ? "" : ", " + report.errors().size() + " target(s) unreadable"));
  }

  /**
   * {@code text} padded with blanks to {@code width}, as {@code %-Ns} would; concatenation
   * rather than a formatter, whose first use loads locale data that a short command-line scan
   * otherwise never needs.
   */
  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
