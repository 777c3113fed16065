/**
 * A scan's record in the graph: the ledger of per-scope outcomes, the scan-run node, and stale cleanup limited to what succeeded.
 */
package dev.aispm.graph.scan;
