package dev.aispm.posture.query;

/**
 * How findings moved since a point in time, for a report's trend.
 *
 * @param opened     findings raised for the first time since then
 * @param resolved   findings a scan resolved since then (still resolved now)
 * @param reopened   findings that reopened since then
 * @param openNow    findings open now
 * @param openBefore findings the last scan finished before then left open; null when no scan had finished
 */
public record PeriodChanges(long opened, long resolved, long reopened, long openNow, Long openBefore) {}
