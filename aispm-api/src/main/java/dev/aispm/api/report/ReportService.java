package dev.aispm.api.report;

import dev.aispm.api.schedule.ReportRunner;
import dev.aispm.api.schedule.ReportSchedules;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.RecordSchema;
import dev.aispm.graph.schema.common.RecordSchemas;
import dev.aispm.posture.report.HtmlPostureReport;
import dev.aispm.posture.report.PostureReport;
import dev.aispm.posture.report.PostureReportBuilder;
import dev.aispm.posture.report.pdf.PdfPostureReport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Writes posture reports: builds one from the graph, renders the configured formats, writes them
 * to the schedule's folder (to a temporary name, then moved, so no reader sees half a file),
 * mails them as attachments, and records a {@code Report} with where the files are.
 */
public final class ReportService implements ReportRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final GraphConnection graph;
  private final PostureReportBuilder builder;
  private final List<ReportSchedules.Report> schedules;
  private final JavaMailSender mail;
  private final boolean mailEnabled;
  private final String from;
  private final Clock clock;

  /** A written report as recorded. */
  public record Written(String id, String generatedAt, List<String> files) {}

  public ReportService(GraphConnection graph, PostureReportBuilder builder, List<ReportSchedules.Report> schedules,
      JavaMailSender mail, boolean mailEnabled, String from, Clock clock) {
    this.graph = graph;
    this.builder = builder;
    this.schedules = List.copyOf(schedules);
    this.mail = mail;
    this.mailEnabled = mailEnabled;
    this.from = from;
    this.clock = clock;
  }

  public PostureReportBuilder builder() {
    return builder;
  }

  @Override
  public void run(int index) {
    ReportSchedules.Report s = schedules.get(index);
    write(s.name() == null ? "report-" + index : s.name(), s);
  }

  /** Builds, writes and mails the report of a schedule; the record says FAILED with why when it breaks. */
  public Written write(String name, ReportSchedules.Report s) {
    String id = STAMP.format(clock.instant()) + "-" + name.replaceAll("[^A-Za-z0-9_-]", "_");
    List<String> files = new ArrayList<>();
    try {
      PostureReport report = builder.build(PostureReportBuilder.period(s.since()));
      String html = HtmlPostureReport.render(report);
      byte[] pdf = s.formats().contains("pdf") ? PdfPostureReport.render(html) : null;
      if (s.dir() != null && !s.dir().isBlank()) {
        Path dir = Path.of(s.dir());
        Files.createDirectories(dir);
        if (s.formats().contains("html")) {
          files.add(atomically(dir.resolve("aispm-report-" + id + ".html"), html.getBytes(StandardCharsets.UTF_8)));
        }
        if (pdf != null) {
          files.add(atomically(dir.resolve("aispm-report-" + id + ".pdf"), pdf));
        }
      }
      if (!s.mailTo().isEmpty()) {
        if (!mailEnabled) {
          throw new IllegalStateException("the report is to be mailed but aispm.mail.host is not set");
        }
        MimeMessage m = mail.createMimeMessage();
        MimeMessageHelper h = new MimeMessageHelper(m, true, "UTF-8");
        h.setFrom(from);
        h.setTo(s.mailTo().toArray(String[]::new));
        h.setSubject("[aispm] posture report " + DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC)
            .format(report.generatedAt()) + ": " + report.changes().openNow() + " open findings");
        h.setText("The aispm posture report since " + report.since() + " is attached.", html);
        if (s.formats().contains("html")) {
          h.addAttachment("aispm-report-" + id + ".html", new ByteArrayResource(html.getBytes(StandardCharsets.UTF_8)),
              "text/html");
        }
        if (pdf != null) {
          h.addAttachment("aispm-report-" + id + ".pdf", new ByteArrayResource(pdf), "application/pdf");
        }
        mail.send(m);
      }
      record(id, name, report, files, s.mailTo(), "SUCCEEDED", null);
      LOG.info("report {} written: {} mailed to {}", id, files, s.mailTo());
      return new Written(id, report.generatedAt().toString(), files);
    } catch (IOException | jakarta.mail.MessagingException | RuntimeException e) {
      record(id, name, null, files, s.mailTo(), "FAILED", e.getMessage());
      throw new IllegalStateException("report " + id + " failed: " + e.getMessage(), e);
    }
  }

  /** The newest report that succeeded and wrote a file of {@code format}, if any. */
  public Optional<Path> latestFile(String format) {
    try (Session s = graph.session()) {
      List<String> files = s.run("""
          MATCH (r:Report {status: 'SUCCEEDED'}) WHERE any(f IN r.files WHERE f ENDS WITH $ext)
          RETURN [f IN r.files WHERE f ENDS WITH $ext][0] AS f ORDER BY r.generatedAt DESC LIMIT 1
          """, Map.of("ext", "." + format)).list(r -> r.get("f").asString());
      return files.stream().map(Path::of).filter(Files::isReadable).findFirst();
    }
  }

  private void record(String id, String schedule, PostureReport report, List<String> files, List<String> mailTo,
      String status, String error) {
    RecordSchema.Row row = RecordSchemas.REPORT.row().set("id", id).set("schedule", schedule)
        .set("generatedAt", clock.instant().atZone(ZoneOffset.UTC))
        .set("since", report == null ? null : report.since().atZone(ZoneOffset.UTC)).set("files", files)
        .set("mailedTo", mailTo).set("status", status).set("error", error);
    try (Session s = graph.session()) {
      s.executeWriteWithoutResult(tx -> tx.run("MERGE (r:Report {id: $id}) SET r += $row",
          Map.of("id", id, "row", row.toMap())).consume());
    }
  }

  private static String atomically(Path file, byte[] bytes) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return file.toAbsolutePath().toString();
  }
}
