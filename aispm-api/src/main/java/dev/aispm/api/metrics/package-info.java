/** Micrometer metrics of scans, collector calls and the posture held in the graph. */
package dev.aispm.api.metrics;
