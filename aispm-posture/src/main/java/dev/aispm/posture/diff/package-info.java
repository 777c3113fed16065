/**
 * What changed between two scans: a compact snapshot of the graph recorded as each scan ends,
 * and the comparison of two snapshots (assets, relationships and findings added, removed and
 * changed).
 */
package dev.aispm.posture.diff;
