package dev.aispm.api.v1.dto;

import dev.aispm.api.audit.AuditEntry;
import java.time.Instant;

/** One audit entry: who did what to which target, when, and how it ended. */
public record AuditEntryView(String id, Instant at, String actor, String action, String target, String outcome,
    String detail) {

  public static AuditEntryView of(AuditEntry e) {
    return new AuditEntryView(e.id(), e.at(), e.actor(), e.action(), e.target(), e.outcome(), e.detail());
  }
}
