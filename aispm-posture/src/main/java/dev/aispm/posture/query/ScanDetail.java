package dev.aispm.posture.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * One scan with its per-provider summary and its per-scope outcomes, failures first, bounded to
 * {@link ScanQueries#MAX_OUTCOMES}; {@code outcomesTruncated} says the bound was reached.
 */
public record ScanDetail(@JsonUnwrapped ScanRunView run, List<CollectorSummary> collectors,
    List<ScanOutcomeView> outcomes, boolean outcomesTruncated) {}
