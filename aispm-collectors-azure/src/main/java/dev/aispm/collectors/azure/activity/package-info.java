/**
 * Azure activity for misuse detection: the subscription's Activity Log through the Monitor REST
 * API, queried by time window (the diagnostic logs of AI accounts are read in
 * {@code diagnostics}). Fetch only; parsing, checkpoints and detection are the misuse module's.
 */
package dev.aispm.collectors.azure.activity;
