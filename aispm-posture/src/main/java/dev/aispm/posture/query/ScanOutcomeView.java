package dev.aispm.posture.query;

/**
 * How collecting one resource type in one scope went.
 *
 * @param resourceType null when the outcome covers the whole scope
 * @param missingPermission the permission a denial named, when it named one
 */
public record ScanOutcomeView(String scope, String provider, String account, String region, String resourceType,
    boolean succeeded, long count, long durationMs, String operation, String error, String missingPermission) {}
