package dev.aispm.app;

import dev.aispm.posture.query.PostureReader;
import dev.aispm.posture.report.PostureSummary;
import dev.aispm.posture.report.ReportWriter;
import dev.aispm.posture.scan.ScanOrchestrator;
import dev.aispm.posture.scan.ScanResult;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.rules.catalog.RuleCatalog;
import dev.aispm.simulator.SimulatedCloud;
import dev.aispm.simulator.azure.SimulatedAzure;
import dev.aispm.simulator.gcp.SimulatedGcp;
import dev.aispm.graph.collect.Collector;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The one-command demo: a simulated organization with planted risks, a full scan of it through the
 * real cloud SDKs, the rule pass, a summary, a report folder, and the API and dashboard until
 * Ctrl-C. The simulated cloud is reached through the SDKs' standard endpoint settings, which this
 * command sets for its own process only.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Scan a simulated multi-cloud organization with planted risks, then serve the results.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--once", description = "Exit after the summary instead of serving the API and dashboard.")
  boolean once;

  @Option(names = "--port", paramLabel = "N", description = "HTTP port of the API and dashboard (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--out", paramLabel = "DIR", description = "Report folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("reports", "demo");

  private static byte[] randomBytes() {
    byte[] b = new byte[16];
    new java.security.SecureRandom().nextBytes(b);
    return b;
  }

  @Override
  public Integer call() throws Exception {
    if (port < 1 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--port must be 1..65535");
    }
    Map<String, String> env = AppRuntime.environment();
    // The demo keeps its own graph so that it never mixes simulated assets into real scan data.
    env.put("AISPM_DATA_DIR", Path.of(env.getOrDefault("AISPM_DATA_DIR", "data"), "demo").toString());
    env.remove("AISPM_NEO4J_URI");
    System.out.println("aispm demo: starting the simulated organization and the embedded graph");
    SimulatedCloud cloud = SimulatedCloud.start();
    cloud.awsSdkSystemProperties().forEach(System::setProperty);
    env.putAll(cloud.awsSdkEnvironment());
    // Scan the whole simulated organization the way a real one is scanned: list its accounts and
    // assume the read-only role in each.
    env.put("AISPM_AWS_ROLE_NAME", cloud.awsOrganization().crossAccountRole());
    env.put("AISPM_AWS_EXTERNAL_ID", cloud.awsOrganization().externalId());
    // The simulated Azure tenant: its own TLS server, reached through the Azure SDK's settings.
    SimulatedAzure azure = SimulatedAzure.start();
    env.putAll(azure.azureEnvironment());
    env.put("AISPM_PROVIDERS", withProvider(env.getOrDefault("AISPM_PROVIDERS", "aws"), "azure"));
    // Its AI Services account's archived request logs hold nine days of usual calls before the
    // planted burst: a first scan reading ten days back has learned the model's callers, as a week
    // of scheduled scans would have, and reports the newcomer.
    env.putIfAbsent("AISPM_MISUSE_BACKFILL_HOURS", "240");
    // The simulated Google Cloud organization, reached with a generated service-account key file.
    SimulatedGcp gcp = SimulatedGcp.start();
    env.putAll(gcp.environment(gcp.writeCredentials(Path.of(env.get("AISPM_DATA_DIR")))));
    env.put("AISPM_PROVIDERS", withProvider(env.get("AISPM_PROVIDERS"), "gcp"));
    GraphConnection graph = AppRuntime.openGraph(env);
    RuleCatalog rules = AppRuntime.rules(env);
    Runnable shutdown = () -> {
      graph.close();
      cloud.close();
      azure.close();
      gcp.close();
    };
    try {
      ConsoleProgress progress = ConsoleProgress.forConsole(System.out);
      List<Collector> collectors = AppRuntime.collectors(env);
      ScanResult scan = new ScanOrchestrator(graph, collectors, rules, SchemaCatalog.standard(),
          AppRuntime.modelPolicy(env)).run("demo", progress);
      progress.finish();
      PostureReader posture = PostureReader.of(graph);
      PostureSummary.print(scan, posture, System.out);
      ReportWriter.write(out, scan, posture);
      System.out.println();
      System.out.println("Report written to " + out.toAbsolutePath());
      if (once) {
        shutdown.run();
        return 0;
      }
      // The API admits no anonymous caller, so the demo makes an admin token for this run only.
      String token = "aispm_demo_" + java.util.HexFormat.of().formatHex(randomBytes());
      DemoWebhookSink sink = DemoWebhookSink.start(HexFormat.of().formatHex(randomBytes()));
      var web = AppRuntime.startWeb(graph, rules, collectors, port, "--aispm.admin-token=" + token,
          "--aispm.alerting.dashboard-url=http://127.0.0.1:" + port,
          "--aispm.alerting.key-file=" + Path.of(env.get("AISPM_DATA_DIR"), "alerts.key"));
      DemoAlerts.show(web, sink, scan.scanId());
      System.out.println("Dashboard and API: http://127.0.0.1:" + port + "/  (Ctrl-C to stop)");
      System.out.println("Sign in with this run's admin token: " + token);
      System.out.println("  e.g. curl -H 'Authorization: Bearer " + token + "' http://127.0.0.1:" + port
          + "/api/v1/findings?limit=5");
      ServeCommand.SERVING.set(true);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        web.close();
        sink.close();
        shutdown.run();
      }));
      return 0;
    } catch (Exception e) {
      shutdown.run();
      throw e;
    }
  }

  /** The provider list with {@code provider} added when it is not named already. */
  static String withProvider(String providers, String provider) {
    return java.util.Arrays.stream(providers.split(",")).map(String::strip).anyMatch(provider::equalsIgnoreCase)
        ? providers : providers + "," + provider;
  }
}
