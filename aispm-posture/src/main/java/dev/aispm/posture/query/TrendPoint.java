package dev.aispm.posture.query;

import java.util.Map;

/**
 * The posture one finished scan left behind: open findings by severity, their total, and the sum
 * of their scores.
 */
public record TrendPoint(String scanId, String finishedAt, String status, Map<String, Long> open, long openTotal,
    long riskScore) {}
