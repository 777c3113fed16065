package dev.aispm.api.v1.dto;

/** Answer of {@code POST /api/v1/scans}: the queued scan's id and where to follow it. */
public record ScanAccepted(String scanId, String scope, String status, String location) {}
