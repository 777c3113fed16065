/**
 * The posture report as PDF, rendered from the report's XHTML by openhtmltopdf on PDFBox, so the
 * PDF and the HTML show the same sections from one source.
 */
package dev.aispm.posture.report.pdf;
