package dev.aispm.api.v1.dto;

import dev.aispm.posture.report.FrameworkStatus;
import java.util.List;

/** Every compliance framework the rules map to, with its control counts. */
public record FrameworkList(List<FrameworkStatus> items) {}
