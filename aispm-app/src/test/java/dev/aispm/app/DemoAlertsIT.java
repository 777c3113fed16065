package dev.aispm.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.graph.collect.Collector;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.connect.GraphSettings;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.rules.catalog.RuleCatalog;
import dev.aispm.simulator.SimulatedCloud;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What {@code ./aispm demo} adds to the served dashboard: a route of the demo scan's high and
 * critical findings to a local webhook that verifies each signature, a delivered test message,
 * and the scan's alerts, all visible through the API the dashboard's Alerts page reads. It runs on
 * a copy of the graph {@link DemoOnce}'s demo left, since routes and deliveries are written to it.
 */
class DemoAlertsIT {
  @TempDir
  Path dir;

  @Test
  void theDemoShowsARouteAndDeliveredSignedAlerts() throws Exception {
    Map<String, String> saved = new HashMap<>();
    DemoOnce demo = DemoOnce.get();
    assertThat(demo.exitCode).isZero();
    // Routes and deliveries are written to the graph: this test works on a copy of the demo's.
    demo.copyGraphTo(dir.resolve("data"));
    try (SimulatedCloud cloud = SimulatedCloud.start()) {
      cloud.awsSdkSystemProperties().forEach((k, v) -> {
        saved.put(k, System.getProperty(k));
        System.setProperty(k, v);
      });
      Map<String, String> env = AppRuntime.environment();
      env.remove("AISPM_NEO4J_URI");
      env.putAll(cloud.awsSdkEnvironment());
      env.put("AISPM_AWS_ROLE_NAME", cloud.awsOrganization().crossAccountRole());
      env.put("AISPM_AWS_EXTERNAL_ID", cloud.awsOrganization().externalId());
      try (GraphConnection graph = GraphConnection.open(new GraphSettings(null, "neo4j", "", null,
          dir.resolve("data/neo4j"), 0, 1000), SchemaCatalog.standard())) {
        RuleCatalog rules = RuleCatalog.withCustom(null);
        List<Collector> collectors = AppRuntime.collectors(env);
        String scanId = demo.scanId();
        String admin = "demo_alerts_admin_" + java.util.HexFormat.of().formatHex(java.security.SecureRandom.getSeed(12));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
          port = s.getLocalPort();
        }
        try (DemoWebhookSink sink = DemoWebhookSink.start("demo-signing-key");
             ConfigurableApplicationContext web = AppRuntime.startWeb(graph, rules, collectors, port,
                 "--aispm.admin-token=" + admin, "--aispm.alerting.key-file=" + dir.resolve("alerts.key"))) {
          DemoAlerts.show(web, sink, scanId);
          assertThat(sink.verified()).as("signed deliveries the sink verified").isGreaterThanOrEqualTo(2);
          ObjectMapper json = new ObjectMapper();
          HttpClient http = HttpClient.newHttpClient();
          JsonNode routes = json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
              + "/api/v1/alert-routes")).header("Authorization", "Bearer " + admin).build(),
              HttpResponse.BodyHandlers.ofString()).body());
          assertThat(routes.get("items")).singleElement().satisfies(r -> {
            assertThat(r.get("name").asText()).startsWith("demo:");
            assertThat(r.toString()).doesNotContain("demo-signing-key");
          });
          JsonNode deliveries = json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
              + "/api/v1/alert-deliveries")).header("Authorization", "Bearer " + admin).build(),
              HttpResponse.BodyHandlers.ofString()).body()).get("items");
          assertThat(deliveries).anySatisfy(d -> {
            assertThat(d.get("kind").asText()).isEqualTo("test");
            assertThat(d.get("status").asText()).isEqualTo("SENT");
            assertThat(d.get("statusCode").asInt()).isEqualTo(204);
          });
          assertThat(deliveries).anySatisfy(d -> {
            assertThat(d.get("kind").asText()).isEqualTo("finding");
            assertThat(d.get("event").asText()).isEqualTo("NEW");
            assertThat(d.get("status").asText()).isEqualTo("SENT");
          });
        }
      }
    } finally {
      saved.forEach((k, v) -> {
        if (v == null) {
          System.clearProperty(k);
        } else {
          System.setProperty(k, v);
        }
      });
    }
  }
}
