package dev.aispm.api.v1;

import dev.aispm.api.report.PostureQueries;
import dev.aispm.graph.connect.GraphConnection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The posture at a glance: asset counts, open findings by severity, top risks. */
@RestController
@RequestMapping("/api/v1/summary")
public class SummaryController {
  private final PostureQueries posture;

  public SummaryController(GraphConnection graph) {
    this.posture = new PostureQueries(graph);
  }

  @GetMapping
  public Map<String, Object> summary() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("assetsByType", posture.assetsByType());
    m.put("openFindingsBySeverity", posture.openFindingsBySeverity());
    m.put("topRisks", posture.topRisks(10));
    return m;
  }
}
