package dev.aispm.posture.scan;

import dev.aispm.graph.scan.ScopeOutcome;
import dev.aispm.graph.scan.StaleCleanup;
import dev.aispm.rules.engine.PostureEvaluator;
import java.time.Instant;
import java.util.List;

/** Everything one scan produced, for the summary, the report folder and the API. */
public record ScanResult(String scanId, String status, Instant startedAt, Instant finishedAt,
    List<ScopeOutcome> outcomes, StaleCleanup.CleanupResult cleanup, PostureEvaluator.Result evaluation) {

  public List<ScopeOutcome> failures() {
    return outcomes.stream().filter(o -> !o.succeeded()).toList();
  }
}
