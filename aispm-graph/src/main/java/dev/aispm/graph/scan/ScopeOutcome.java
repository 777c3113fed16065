package dev.aispm.graph.scan;

import dev.aispm.graph.write.ScopeKey;
import java.time.Duration;
import java.util.Objects;

/**
 * What happened when a scan collected one resource type in one scope (or, with a null type, the
 * scope as a whole, e.g. an account whose role could not be assumed or a region that timed out).
 *
 * @param resourceType      the node type collected, or null for the whole scope
 * @param succeeded         whether collection finished without error
 * @param count             how many resources were written (0 on failure)
 * @param operation         the API call that failed, e.g. {@code sagemaker:ListNotebookInstances}
 * @param error             the error message, null on success
 * @param missingPermission the IAM action (or Azure/GCP permission) that was denied, when known
 */
public record ScopeOutcome(ScopeKey scope, String resourceType, boolean succeeded, int count,
    Duration duration, String operation, String error, String missingPermission) {

  public ScopeOutcome {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(duration, "duration");
  }
}
