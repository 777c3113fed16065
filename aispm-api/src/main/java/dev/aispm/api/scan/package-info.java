/**
 * The service side of scanning: API-triggered scans queued into the scheduler, and scheduled runs handed to the posture core's orchestrator with metrics.
 */
package dev.aispm.api.scan;
