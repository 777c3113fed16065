package dev.aispm.posture.query;

import java.util.List;

/**
 * One provider's part of a scan: steps, failures, resources written, time, and its distinct
 * errors (at most {@link ScanQueries#MAX_ERRORS_PER_COLLECTOR}).
 */
public record CollectorSummary(String provider, long steps, long failures, long resources, long durationMs,
    List<ScanOutcomeView> errors) {}
