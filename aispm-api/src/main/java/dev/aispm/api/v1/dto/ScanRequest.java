package dev.aispm.api.v1.dto;

import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/scans}; empty for every provider, or a provider and optionally one
 * of its accounts.
 */
public record ScanRequest(@Size(max = 16) String provider, @Size(max = 128) String account) {}
