package dev.aispm.api.v1.dto;

import dev.aispm.api.security.ApiToken;
import java.time.Instant;
import java.util.Locale;

/** An API token as listed: metadata only, never the secret or its hash. */
public record TokenView(String id, String name, String role, Instant createdAt, String createdBy,
    Instant expiresAt, Instant revokedAt) {

  public static TokenView of(ApiToken t) {
    return new TokenView(t.id(), t.name(), t.role() == null ? null : t.role().name().toLowerCase(Locale.ROOT),
        t.createdAt(), t.createdBy(), t.expiresAt(), t.revokedAt());
  }
}
