package dev.aispm.api.v1;

import dev.aispm.api.report.ReportService;
import dev.aispm.posture.report.HtmlPostureReport;
import dev.aispm.posture.report.PostureReport;
import dev.aispm.posture.report.PostureReportBuilder;
import dev.aispm.posture.report.pdf.PdfPostureReport;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Posture reports for any signed-in caller: the newest scheduled report's file, or, before any was
 * written (or when {@code since} asks for another period), one rendered now from the graph.
 */
@RestController
@RequestMapping("/api/v1/reports")
public class ReportController {
  private final ReportService reports;

  public ReportController(ReportService reports) {
    this.reports = reports;
  }

  @Operation(summary = "The latest posture report as self-contained HTML or as PDF (format=html|pdf).")
  @GetMapping(value = "/latest", produces = {MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_PDF_VALUE})
  public ResponseEntity<byte[]> latest(@RequestParam(defaultValue = "html") String format,
      @RequestParam(required = false) String since) throws IOException {
    if (!format.matches("html|pdf")) {
      throw new InvalidParameterException("format", "must be html or pdf");
    }
    MediaType type = "pdf".equals(format) ? MediaType.APPLICATION_PDF : new MediaType(MediaType.TEXT_HTML,
        StandardCharsets.UTF_8);
    Optional<Path> file = since == null ? reports.latestFile(format) : Optional.empty();
    byte[] body;
    if (file.isPresent()) {
      body = Files.readAllBytes(file.get());
    } else {
      Duration period;
      try {
        period = PostureReportBuilder.period(since == null ? "7d" : since);
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException("since", e.getMessage());
      }
      PostureReport report = reports.builder().build(period);
      String html = HtmlPostureReport.render(report);
      body = "pdf".equals(format) ? PdfPostureReport.render(html) : html.getBytes(StandardCharsets.UTF_8);
    }
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"aispm-report." + format + "\"")
        // The report is a whole page of its own: it runs no script and loads nothing.
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        .body(body);
  }
}
