package dev.aispm.app;

import dev.aispm.posture.query.PostureReader;
import dev.aispm.posture.report.PostureSummary;
import dev.aispm.posture.report.ReportWriter;
import dev.aispm.posture.scan.ScanOrchestrator;
import dev.aispm.posture.scan.ScanResult;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.SchemaCatalog;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scans the configured clouds once with the standard credentials of each SDK, evaluates the rules,
 * prints the summary and optionally writes the report folder. Scheduled scanning is part of
 * {@code serve}.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = "Scan the configured clouds (AISPM_PROVIDERS, default aws) once and evaluate the rules.")
final class ScanCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--once", description = "Scan once and exit (required; scheduled scans run under 'serve').")
  boolean once;

  @Option(names = "--out", paramLabel = "DIR", description = "Write inventory.json, findings.json, scan.json and summary.txt here.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!once) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "scan needs --once; use 'aispm serve' for scheduled scans");
    }
    Map<String, String> env = AppRuntime.environment();
    var modelPolicy = AppRuntime.modelPolicy(env);
    try (GraphConnection graph = AppRuntime.openGraph(env)) {
      ConsoleProgress progress = ConsoleProgress.forConsole(System.out);
      ScanResult scan = new ScanOrchestrator(graph, AppRuntime.collectors(env), AppRuntime.rules(env),
          SchemaCatalog.standard(), modelPolicy).run("cli", progress);
      progress.finish();
      PostureReader posture = PostureReader.of(graph);
      PostureSummary.print(scan, posture, System.out);
      if (out != null) {
        ReportWriter.write(out, scan, posture);
        System.out.println("\nReport written to " + out.toAbsolutePath());
      }
      return "FAILED".equals(scan.status()) ? 1 : 0;
    }
  }
}
