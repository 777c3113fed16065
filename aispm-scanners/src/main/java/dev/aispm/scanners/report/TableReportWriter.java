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
      out.printf("%-8s  %-" + ruleWidth + "s  %s%n", "SEVERITY", "RULE", "LOCATION / MESSAGE");
      for (ContentFinding f : sorted) {
        out.printf("%-8s  %-" + ruleWidth + "s  %s%n", f.severity(), f.ruleId(), f.location());
        out.printf("%-8s  %-" + ruleWidth + "s    %s%n", "", "", f.message());
      }
    }
    for (String error : report.errors()) {
      out.println("ERROR     " + error);
    }
    out.printf("%d finding(s) in %d target(s)%s%n", sorted.size(), report.targets().size(),
        report.errors().isEmpty() ? "" : ", " + report.errors().size() + " target(s) unreadable");
  }
}
