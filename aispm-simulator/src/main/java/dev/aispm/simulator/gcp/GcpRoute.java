package dev.aispm.simulator.gcp;

/**
 * How the fake answers one request: which planted file holds the answer and which IAM permission
 * the real API checks for the call (what a denied project names, and what the least-privilege
 * test compares with the shipped role).
 *
 * @param permission IAM permission of the call, e.g. {@code aiplatform.endpoints.list}
 * @param file       resource path under {@code simulator/gcp/}, without {@code .json}
 * @param project    project id or number the call touches, null for organization-level calls
 */
record GcpRoute(String permission, String file, String project) {}
