/**
 * The typed read side of the posture graph: assets, findings and scan history as records. The
 * API, the reports and the alerts read the graph only through these queries, so a number or a
 * field means the same wherever it is shown, and a renamed property breaks a compile, not a page.
 */
package dev.aispm.posture.query;
