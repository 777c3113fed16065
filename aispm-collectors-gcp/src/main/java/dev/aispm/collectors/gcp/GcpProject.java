package dev.aispm.collectors.gcp;

/**
 * A project to scan, as Resource Manager lists it. Vertex AI names resources by project number
 * and IAM by project id, so both travel together.
 */
public record GcpProject(String projectId, String projectNumber, String displayName, String parent, String state) {}
