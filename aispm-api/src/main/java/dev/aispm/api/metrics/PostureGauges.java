package dev.aispm.api.metrics;

import dev.aispm.graph.connect.GraphConnection;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges of what the graph holds: {@code aispm_assets{type}} and
 * {@code aispm_findings{severity,status}}. They are read from the graph on a timer and after each
 * scan, never on a scrape: a scrape must stay cheap however large the inventory grows.
 */
public final class PostureGauges {
  private static final Logger LOG = LoggerFactory.getLogger(PostureGauges.class);

  private final GraphConnection graph;
  private final MultiGauge assets;
  private final MultiGauge findings;

  public PostureGauges(GraphConnection graph, MeterRegistry registry) {
    this.graph = graph;
    this.assets = MultiGauge.builder("aispm.assets").description("Collected assets by type").register(registry);
    this.findings = MultiGauge.builder("aispm.findings").description("Findings by severity and status")
        .register(registry);
  }

  /** Re-reads the counts; a failure keeps the previous values and is logged. */
  public void refresh() {
    try (Session s = graph.session()) {
      List<MultiGauge.Row<?>> a = new ArrayList<>();
      s.executeRead(tx -> tx.run("""
          MATCH (n:Asset) WHERE n.stub IS NULL AND NOT n:Internet
          RETURN n.type AS type, count(*) AS c
          """).list()).forEach(r -> a.add(MultiGauge.Row.of(Tags.of("type", r.get("type").asString("unknown")),
          r.get("c").asLong())));
      List<MultiGauge.Row<?>> f = new ArrayList<>();
      s.executeRead(tx -> tx.run("""
          MATCH (f:Finding) RETURN f.severity AS severity, f.status AS status, count(*) AS c
          """).list()).forEach(r -> f.add(MultiGauge.Row.of(Tags.of("severity", r.get("severity").asString("unknown"),
          "status", r.get("status").asString("unknown")), r.get("c").asLong())));
      assets.register(a, true);
      findings.register(f, true);
    } catch (RuntimeException e) {
      LOG.warn("could not refresh posture gauges: {}", e.getMessage());
    }
  }
}
