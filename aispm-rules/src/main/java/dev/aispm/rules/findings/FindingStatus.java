package dev.aispm.rules.findings;

import java.util.List;

/**
 * Where a finding is in its life. RESOLVED is set only when a successful scan of the finding's
 * scope no longer matches it; REOPENED when a resolved finding matches again; SUPPRESSED by a
 * person, with a reason and an expiry after which it returns to OPEN.
 */
public enum FindingStatus {
  OPEN, REOPENED, RESOLVED, SUPPRESSED;

  private static final List<String> ACTIVE = List.of(OPEN.name(), REOPENED.name());

  /** The statuses of a finding that still needs attention, as stored: a query parameter for "open". */
  public static List<String> active() {
    return ACTIVE;
  }

  /** Whether a stored status is one of {@link #active()}. */
  public static boolean isActive(String stored) {
    return ACTIVE.contains(stored);
  }
}
