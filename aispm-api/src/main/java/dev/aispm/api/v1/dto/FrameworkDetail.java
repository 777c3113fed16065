package dev.aispm.api.v1.dto;

import dev.aispm.posture.report.ControlStatus;
import java.util.List;

/** One framework's mapped controls with their resources by state. */
public record FrameworkDetail(String framework, List<ControlStatus> controls) {}
