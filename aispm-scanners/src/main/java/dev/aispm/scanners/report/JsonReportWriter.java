package dev.aispm.scanners.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aispm.scanners.core.ContentFinding;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/** The findings as JSON, one object per finding, for scripts and the API to consume. */
public final class JsonReportWriter implements ReportWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void write(ScanReport report, PrintStream out) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode targets = root.putArray("targets");
    report.targets().forEach(targets::add);
    ArrayNode findings = root.putArray("findings");
    for (ContentFinding f : report.findings()) {
      ObjectNode node = findings.addObject();
      node.put("ruleId", f.ruleId());
      node.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
      node.put("message", f.message());
      node.put("location", f.location());
      if (f.line() > 0) {
        node.put("line", f.line());
      }
      if (f.column() > 0) {
        node.put("column", f.column());
      }
      ObjectNode details = node.putObject("details");
      f.details().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
          .forEach(e -> details.put(e.getKey(), e.getValue()));
    }
    ArrayNode errors = root.putArray("errors");
    report.errors().forEach(errors::add);
    out.println(MAPPER.writeValueAsString(root));
  }
}
