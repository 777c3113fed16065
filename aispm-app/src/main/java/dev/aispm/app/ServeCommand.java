package dev.aispm.app;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.connect.GraphSettings;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs aispm as a long-lived service: the API and dashboard over the graph, with scheduled and
 * API-triggered scans through the configured collectors.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the API and dashboard over the graph until stopped.")
final class ServeCommand implements Callable<Integer> {
  /** Set once a web server runs, so that main does not exit the JVM under it. */
  static final AtomicBoolean SERVING = new AtomicBoolean();

  @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: SERVER_PORT or 8080).")
  Integer port;

  @Override
  public Integer call() {
    Map<String, String> env = AppRuntime.environment();
    int p = port != null ? port : GraphSettings.number(env, "SERVER_PORT", 8080, 1, 65535);
    if (p < 1 || p > 65535) {
      throw new IllegalArgumentException("--port must be 1..65535, was " + p);
    }
    GraphConnection graph = AppRuntime.openGraph(env);
    var web = AppRuntime.startWeb(graph, AppRuntime.rules(env), AppRuntime.collectors(env), p);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      web.close();
      graph.close();
    }));
    System.out.println("aispm serving on http://127.0.0.1:" + p + "/");
    SERVING.set(true);
    return 0;
  }
}
