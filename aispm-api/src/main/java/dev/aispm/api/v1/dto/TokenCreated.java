package dev.aispm.api.v1.dto;

import java.time.Instant;

/**
 * Answer of {@code POST /api/v1/tokens}. {@code token} is the secret: it is shown this once and
 * stored nowhere but as a hash, so a lost token is revoked and replaced, never recovered.
 */
public record TokenCreated(String id, String name, String role, Instant createdAt, Instant expiresAt,
    String token) {}
