package dev.aispm.api.security;

import java.time.Instant;

/**
 * An API token as stored: everything but the secret, of which only the hash is kept.
 *
 * @param id        stable public id, used to revoke the token and in the audit log
 * @param name      what the token is for, e.g. {@code siem-export}
 * @param createdBy who created it ({@code bootstrap} for {@code AISPM_ADMIN_TOKEN})
 * @param expiresAt null for a token that does not expire
 * @param revokedAt null while the token is valid
 */
public record ApiToken(String id, String name, Role role, Instant createdAt, String createdBy,
    Instant expiresAt, Instant revokedAt) {

  /** Whether the token authenticates at {@code now}. */
  public boolean usableAt(Instant now) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }
}
