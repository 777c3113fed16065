/**
 * Findings with stable fingerprints and their life: open, resolved, reopened, suppressed.
 */
package dev.aispm.rules.findings;
