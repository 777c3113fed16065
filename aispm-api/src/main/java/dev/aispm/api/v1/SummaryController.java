package dev.aispm.api.v1;

import dev.aispm.api.report.PostureQueries;
import dev.aispm.graph.connect.GraphConnection;
import java.util.LinkedHashMap;
import java.util.Map;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The posture at a glance: asset counts by provider and type, open findings by severity and
 * category, top risks, and the trend of open findings over scans (the dashboard's overview).
 */
@RestController
@RequestMapping("/api/v1/summary")
public class SummaryController {
  private final PostureQueries posture;

  public SummaryController(GraphConnection graph) {
    this.posture = new PostureQueries(graph);
  }

  @Operation(summary = "Asset counts by provider and type, open findings by severity and category, top 10 risks.")
  @GetMapping
  public Map<String, Object> summary() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("assetsByProvider", posture.assetsByProvider());
    m.put("assetsByType", posture.assetsByType());
    m.put("openFindingsBySeverity", posture.openFindingsBySeverity());
    m.put("openFindingsByCategory", posture.openFindingsByCategory());
    m.put("topRisks", posture.topRisks(10));
    return m;
  }

  @Operation(summary = "The risk trend: open findings by severity after each of the last scans, oldest first.")
  @GetMapping("/trend")
  public Map<String, Object> trend(@RequestParam(required = false) Integer scans) {
    int n = scans == null ? 30 : scans;
    if (n < 1 || n > 365) {
      throw new InvalidParameterException("scans", "must be between 1 and 365, was " + n);
    }
    return Map.of("items", posture.trend(n));
  }
}
