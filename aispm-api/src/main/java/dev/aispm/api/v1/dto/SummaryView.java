package dev.aispm.api.v1.dto;

import dev.aispm.posture.query.FindingView;
import java.util.List;
import java.util.Map;

/** The dashboard's overview in one answer: what is there, how much is open, and the worst of it. */
public record SummaryView(Map<String, Long> assetsByProvider, Map<String, Long> assetsByType,
    Map<String, Long> openFindingsBySeverity, Map<String, Long> openFindingsByCategory,
    List<FindingView> topRisks) {}
