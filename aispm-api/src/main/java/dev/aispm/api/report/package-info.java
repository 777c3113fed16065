/**
 * Scheduled and on-demand posture reports in the service: writes the HTML and PDF of the posture
 * core's report to a folder, mails them, and records each as a {@code Report} record for
 * {@code GET /api/v1/reports/latest}.
 */
package dev.aispm.api.report;
