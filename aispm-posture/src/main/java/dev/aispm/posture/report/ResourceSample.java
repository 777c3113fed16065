package dev.aispm.posture.report;

import java.util.List;

/** How many resources are in a state, with the first of their ids (at most {@link ComplianceReport#SAMPLE}). */
public record ResourceSample(int count, List<String> resourceIds) {}
