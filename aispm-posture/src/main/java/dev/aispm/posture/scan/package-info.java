/**
 * One complete scan, the same wherever it starts (command line, scheduler, API): collectors by
 * stage, stale cleanup where collection succeeded, the rule pass and the scan-run record.
 */
package dev.aispm.posture.scan;
