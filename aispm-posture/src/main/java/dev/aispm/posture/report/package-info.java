/**
 * Posture reports built from the typed read side: the text summary, the report folder of a scan
 * and the compliance roll-up per framework.
 */
package dev.aispm.posture.report;
