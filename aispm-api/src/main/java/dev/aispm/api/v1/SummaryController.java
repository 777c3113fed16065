package dev.aispm.api.v1;

import dev.aispm.api.v1.dto.SummaryView;
import dev.aispm.api.v1.dto.TrendView;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.posture.query.FindingQueue;
import dev.aispm.posture.query.PostureReader;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The posture at a glance: asset counts by provider and type, open findings by severity and
 * category, top risks, and the trend of open findings over scans (the dashboard's overview).
 */
@RestController
@RequestMapping("/api/v1/summary")
public class SummaryController {
  private final PostureReader posture;
  private final FindingQueue queue;

  public SummaryController(GraphConnection graph, FindingQueue queue) {
    this.posture = PostureReader.of(graph);
    this.queue = queue;
  }

  @Operation(summary = "Asset counts by provider and type, open findings by severity and category, top 10 risks.")
  @GetMapping
  public SummaryView summary() {
    return new SummaryView(posture.assets().countByProvider(), posture.assets().countByType(),
        queue.openBySeverity(), queue.openByCategory(), queue.topOpen(10));
  }

  @Operation(summary = "The risk trend: open findings by severity after each of the last scans, oldest first.")
  @GetMapping("/trend")
  public TrendView trend(@RequestParam(required = false) Integer scans) {
    int n = scans == null ? 30 : scans;
    if (n < 1 || n > 365) {
      throw new InvalidParameterException("scans", "must be between 1 and 365, was " + n);
    }
    return new TrendView(posture.scans().trend(n));
  }
}
