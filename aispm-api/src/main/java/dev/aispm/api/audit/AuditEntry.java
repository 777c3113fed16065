package dev.aispm.api.audit;

import java.time.Instant;

/**
 * One audited action.
 *
 * @param actor   who: {@code token:<id>}, {@code oidc:<subject>}, or {@code scheduler}
 * @param action  what, e.g. {@code finding.suppress}, {@code token.create}, {@code scan.trigger}
 * @param target  the id acted on (finding, token, scan), or null
 * @param outcome {@code SUCCESS}, {@code FAILURE} (refused or failed) or {@code DENIED} (role too low)
 * @param detail  a short human-readable note, never a secret
 */
public record AuditEntry(String id, Instant at, String actor, String action, String target, String outcome,
    String detail) {

  public static final String SUCCESS = "SUCCESS";
  public static final String FAILURE = "FAILURE";
  public static final String DENIED = "DENIED";
}
