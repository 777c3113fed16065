package dev.aispm.app;

import dev.aispm.api.config.AispmApplication;
import dev.aispm.graph.collect.Collector;
import dev.aispm.graph.collect.CollectorRegistry;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.connect.GraphSettings;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.posture.policy.ModelPolicyCheck;
import dev.aispm.scanners.policy.ModelPolicyException;
import dev.aispm.rules.catalog.RuleCatalog;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the subcommands share: reading the configuration from the environment, opening the
 * graph, building the collectors and the rule catalogue, and starting the web service on an
 * already open graph.
 */
final class AppRuntime {
  private AppRuntime() {}

  /** The environment, with {@code -D} system properties of the same names taking precedence. */
  static Map<String, String> environment() {
    Map<String, String> env = new HashMap<>(System.getenv());
    System.getProperties().forEach((k, v) -> {
      if (k.toString().startsWith("AISPM_")) {
        env.put(k.toString(), v.toString());
      }
    });
    return env;
  }

  static GraphConnection openGraph(Map<String, String> env) {
    return GraphConnection.open(GraphSettings.fromEnvironment(env), SchemaCatalog.standard());
  }

  /** The built-in rules plus {@code AISPM_RULES_DIR} when set. */
  static RuleCatalog rules(Map<String, String> env) {
    String dir = env.get("AISPM_RULES_DIR");
    return RuleCatalog.withCustom(dir == null || dir.isBlank() ? null : Path.of(dir));
  }

  /**
   * The model policy named by {@code AISPM_MODEL_POLICY}, or null when unset; a policy file that
   * cannot be used stops the command (exit 2) with the file and the key at fault.
   */
  static ModelPolicyCheck modelPolicy(Map<String, String> env) {
    try {
      return ModelPolicyCheck.fromEnvironment(env);
    } catch (ModelPolicyException e) {
      throw new IllegalArgumentException("bad model policy (" + ModelPolicyCheck.ENV + "): " + e.getMessage(), e);
    }
  }

  /** Collectors of the providers named in {@code AISPM_PROVIDERS} (default: aws). */
  static List<Collector> collectors(Map<String, String> env) {
    return CollectorRegistry.installed().create(env.getOrDefault("AISPM_PROVIDERS", "aws"), env);
  }

  /**
   * Starts the API and dashboard on an open graph with the collectors that scheduled and
   * API-triggered scans use; returns the running context.
   */
  static ConfigurableApplicationContext startWeb(GraphConnection graph, RuleCatalog rules,
      List<Collector> collectors, int port, String... extraArgs) {
    List<String> args = new java.util.ArrayList<>(List.of(extraArgs));
    // As a command-line argument the port outranks application.properties and the environment,
    // so --port always wins, as the command's help says.
    args.add("--server.port=" + port);
    return new SpringApplicationBuilder(AispmApplication.class)
        .initializers(ctx -> {
          ctx.getBeanFactory().registerSingleton("graphConnection", graph);
          ctx.getBeanFactory().registerSingleton("ruleCatalog", rules);
          // Several collectors may serve one provider (the AWS inventory, then its content scan).
          for (int i = 0; i < collectors.size(); i++) {
            ctx.getBeanFactory().registerSingleton("collector-" + i + "-" + collectors.get(i).provider(),
                collectors.get(i));
          }
        })
        .run(args.toArray(String[]::new));
  }
}
