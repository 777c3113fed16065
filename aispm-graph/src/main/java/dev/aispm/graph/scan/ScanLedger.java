package dev.aispm.graph.scan;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.write.ScopeKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The record of one scan: which resource types were collected in which scopes, and what failed.
 *
 * <p>Collectors run in parallel and report here; stale cleanup later asks {@link #cleanable()}
 * which (scope, type) pairs are safe to clean. A pair is cleanable only if it succeeded and
 * nothing in the scan reported a failure for that pair or for its scope as a whole, so a partial
 * collection never deletes what it merely failed to read.
 */
public final class ScanLedger {
  private final String scanId;
  private final ConcurrentLinkedQueue<ScopeOutcome> outcomes = new ConcurrentLinkedQueue<>();

  public ScanLedger(String scanId) {
    this.scanId = scanId;
  }

  public String scanId() {
    return scanId;
  }

  /** Records that {@code type} was fully collected in {@code scope}. */
  public void succeeded(ScopeKey scope, NodeSchema type, int count, Duration took) {
    outcomes.add(new ScopeOutcome(scope, type.type(), true, count, took, null, null, null));
  }

  /**
   * Records a failure. {@code type} null means the whole scope failed (nothing of any type in it
   * may be cleaned).
   */
  public void failed(ScopeKey scope, NodeSchema type, String operation, String error,
      String missingPermission, Duration took) {
    outcomes.add(new ScopeOutcome(scope, type == null ? null : type.type(), false, 0, took,
        operation, error, missingPermission));
  }

  /**
   * Records a failure of a step that adds to resources rather than collecting them (a content scan
   * of S3 objects): it shows on the scan run but protects no type from cleanup, since the step
   * deletes nothing.
   */
  public void failedStep(ScopeKey scope, String step, String operation, String error,
      String missingPermission, Duration took) {
    outcomes.add(new ScopeOutcome(scope, step, false, 0, took, operation, error, missingPermission));
  }

  /** Every outcome so far, in arrival order. */
  public List<ScopeOutcome> outcomes() {
    return new ArrayList<>(outcomes);
  }

  /** Outcomes that are failures. */
  public List<ScopeOutcome> failures() {
    return outcomes.stream().filter(o -> !o.succeeded()).toList();
  }

  /** The (scope, type) pairs whose stale data may be removed, as scope key to type names. */
  public Set<Map.Entry<ScopeKey, String>> cleanable() {
    Set<ScopeKey> failedScopes = new HashSet<>();
    Set<Map.Entry<ScopeKey, String>> failedPairs = new HashSet<>();
    for (ScopeOutcome o : outcomes) {
      if (!o.succeeded()) {
        if (o.resourceType() == null) {
          failedScopes.add(o.scope());
        } else {
          failedPairs.add(Map.entry(o.scope(), o.resourceType()));
        }
      }
    }
    Set<Map.Entry<ScopeKey, String>> result = new LinkedHashSet<>();
    for (ScopeOutcome o : outcomes) {
      if (o.resourceType() == null) {
        continue;
      }
      Map.Entry<ScopeKey, String> pair = Map.entry(o.scope(), o.resourceType());
      if (o.succeeded() && !failedScopes.contains(o.scope()) && !failedPairs.contains(pair)) {
        result.add(pair);
      }
    }
    return result;
  }
}
