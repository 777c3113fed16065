package dev.aispm.posture.query;

import java.util.List;
import java.util.Map;

/**
 * One scan as the history shows it: how it was started, how it ended, what it changed and the
 * open findings it left behind. Counts are null until the scan has finished its rule pass.
 *
 * @param scope  what was asked for ({@code provider} or {@code provider/account}); null: everything
 * @param open   open findings by severity after the scan
 */
public record ScanRunView(String id, String status, String trigger, List<String> providers, String scope,
    String requestedBy, String error, String queuedAt, String startedAt, String finishedAt, Long findingCount,
    Long resolvedCount, Long staleNodesRemoved, Long staleRelationshipsRemoved, Long ruleErrors, Long failureCount,
    Long outcomeCount, Map<String, Long> open, Long openTotal, Long openScoreSum) {}
