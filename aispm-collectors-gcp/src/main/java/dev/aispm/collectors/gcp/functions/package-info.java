/**
 * Cloud Functions: every function of a project, the service accounts they run as, their exposure,
 * and what their source archives and environment variable names show about AI use (shadow AI) and
 * vulnerable AI packages.
 */
package dev.aispm.collectors.gcp.functions;
