package dev.aispm.posture.query;

/** How many findings have one severity and one status: one row of the findings gauge. */
public record FindingCount(String severity, String status, long count) {}
