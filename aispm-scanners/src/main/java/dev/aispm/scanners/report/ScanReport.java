package dev.aispm.scanners.report;

import dev.aispm.scanners.core.ContentFinding;
import java.util.List;

/**
 * Everything one scan produced, handed to a {@link ReportWriter}: the findings, and the targets
 * that could not be read at all (so a report never looks clean because nothing was read).
 *
 * @param targets the paths or URIs that were asked for
 * @param findings what was found, in scan order
 * @param errors   one line per target that could not be read
 */
public record ScanReport(List<String> targets, List<ContentFinding> findings, List<String> errors) {
  public ScanReport {
    targets = List.copyOf(targets);
    findings = List.copyOf(findings);
    errors = List.copyOf(errors);
  }
}
