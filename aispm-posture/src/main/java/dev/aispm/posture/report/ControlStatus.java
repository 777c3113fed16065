package dev.aispm.posture.report;

import java.util.List;

/**
 * One control of a framework: the rules mapped to it and its resources by state. A control fails
 * when any resource fails one of its rules, and is not evaluated when no resource of its rules'
 * types was collected.
 *
 * @param status PASS, FAIL or NOT_EVALUATED
 */
public record ControlStatus(String control, String id, List<String> rules, String status, ResourceSample passing,
    ResourceSample failing, ResourceSample unknown, ResourceSample suppressed) {}
