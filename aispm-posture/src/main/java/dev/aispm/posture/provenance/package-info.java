/**
 * The provenance ledger: per scan, what each training job read and each model came from, as
 * canonical JSON entries hash-chained across scans so that a rewritten past entry is detected.
 */
package dev.aispm.posture.provenance;
