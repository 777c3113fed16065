package dev.aispm.scanners.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.aispm.scanners.core.ContentFinding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings as JSON, one object per finding, for scripts and the API to consume.
 *
 * <p>Written with Jackson's streaming generator and its default pretty printer, the layout an
 * indenting {@code ObjectMapper} gives, without one: a mapper's set-up loads the JDK's locale
 * data for its date formats, which took longer than writing the report of a 50 MB scan. The
 * generator writes UTF-8 bytes, JSON's own encoding, whatever the platform's default: no text is
 * built and then encoded again on its way out.
 */
public final class JsonReportWriter implements ReportWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  @Override
  public void write(ScanReport report, PrintStream out) throws IOException {
    ByteArrayOutputStream json = new ByteArrayOutputStream(8192);
    try (JsonGenerator g = FACTORY.createGenerator(json, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("targets");
      for (String target : report.targets()) {
        g.writeString(target);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      for (ContentFinding f : report.findings()) {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
        g.writeStringField("message", f.message());
        g.writeStringField("location", f.location());
        if (f.line() > 0) {
          g.writeNumberField("line", f.line());
        }
        if (f.column() > 0) {
          g.writeNumberField("column", f.column());
        }
        g.writeObjectFieldStart("details");
        // In key order; a sorted map rather than a comparator, which links a lambda at run time.
        for (Map.Entry<String, String> e : new TreeMap<>(f.details()).entrySet()) {
          g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("errors");
      for (String error : report.errors()) {
        g.writeString(error);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    json.write('\n');
    json.writeTo(out);
    out.flush();
  }
}
