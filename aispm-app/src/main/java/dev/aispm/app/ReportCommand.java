package dev.aispm.app;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.posture.query.PostureReader;
import dev.aispm.posture.report.ComplianceReport;
import dev.aispm.posture.report.HtmlPostureReport;
import dev.aispm.posture.report.PostureReport;
import dev.aispm.posture.report.PostureReportBuilder;
import dev.aispm.posture.report.pdf.PdfPostureReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes the posture report of the graph as it is now, the same report the service's schedules
 * write: after {@code scan --once}, or against the service's graph ({@code AISPM_NEO4J_URI}).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the posture report (HTML or PDF) of the current graph.")
final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", paramLabel = "html|pdf", description = "Report format (default: ${DEFAULT-VALUE}).")
  String format = "html";

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "File to write.")
  Path out;

  @Option(names = "--since", paramLabel = "PERIOD",
      description = "Period the trend compares against: 7d, 24h, 30m or ISO-8601 (default: ${DEFAULT-VALUE}).")
  String since = "7d";

  @Override
  public Integer call() throws Exception {
    if (!format.equals("html") && !format.equals("pdf")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be html or pdf");
    }
    Duration period;
    try {
      period = PostureReportBuilder.period(since);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--since: " + e.getMessage());
    }
    Map<String, String> env = AppRuntime.environment();
    try (GraphConnection graph = AppRuntime.openGraph(env)) {
      PostureReport report = new PostureReportBuilder(PostureReader.of(graph),
          new ComplianceReport(graph, AppRuntime.rules(env)), Clock.systemUTC()).build(period);
      String html = HtmlPostureReport.render(report);
      byte[] bytes = format.equals("pdf") ? PdfPostureReport.render(html) : html.getBytes(StandardCharsets.UTF_8);
      Path abs = out.toAbsolutePath();
      Files.createDirectories(abs.getParent());
      Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
      Files.write(tmp, bytes);
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      System.out.printf("Report (%s, %d open findings, since %s) written to %s%n", format,
          report.changes().openNow(), report.since(), abs);
      return 0;
    }
  }
}
