package dev.aispm.api.metrics;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.posture.query.AssetQueries;
import dev.aispm.posture.query.FindingCount;
import dev.aispm.posture.query.FindingQueries;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges of what the graph holds: {@code aispm_assets{type}} and
 * {@code aispm_findings{severity,status}}. They are read from the graph on a timer and after each
 * scan, never on a scrape: a scrape must stay cheap however large the inventory grows.
 */
public final class PostureGauges {
  private static final Logger LOG = LoggerFactory.getLogger(PostureGauges.class);

  private final AssetQueries assetQueries;
  private final FindingQueries findingQueries;
  private final MultiGauge assets;
  private final MultiGauge findings;

  public PostureGauges(GraphConnection graph, MeterRegistry registry) {
    this.assetQueries = new AssetQueries(graph);
    this.findingQueries = new FindingQueries(graph);
    this.assets = MultiGauge.builder("aispm.assets").description("Collected assets by type").register(registry);
    this.findings = MultiGauge.builder("aispm.findings").description("Findings by severity and status")
        .register(registry);
  }

  /** Re-reads the counts; a failure keeps the previous values and is logged. */
  public void refresh() {
    try {
      List<MultiGauge.Row<?>> a = new ArrayList<>();
      assetQueries.countByType().forEach((type, n) -> a.add(MultiGauge.Row.of(Tags.of("type", type), n)));
      List<MultiGauge.Row<?>> f = new ArrayList<>();
      for (FindingCount c : findingQueries.countBySeverityAndStatus()) {
        f.add(MultiGauge.Row.of(Tags.of("severity", c.severity(), "status", c.status()), c.count()));
      }
      assets.register(a, true);
      findings.register(f, true);
    } catch (RuntimeException e) {
      LOG.warn("could not refresh posture gauges: {}", e.getMessage());
    }
  }
}
