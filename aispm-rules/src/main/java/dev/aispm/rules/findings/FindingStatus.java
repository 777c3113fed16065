package dev.aispm.rules.findings;

/**
 * Where a finding is in its life. RESOLVED is set only when a successful scan of the finding's
 * scope no longer matches it; REOPENED when a resolved finding matches again; SUPPRESSED by a
 * person, with a reason and an expiry after which it returns to OPEN.
 */
public enum FindingStatus { OPEN, REOPENED, RESOLVED, SUPPRESSED }
