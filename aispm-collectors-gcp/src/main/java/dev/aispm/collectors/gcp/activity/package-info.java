/**
 * Google Cloud activity for misuse detection: Cloud Audit Logs (Admin Activity and Data Access) of
 * Vertex AI, Workbench, IAM and Cloud Storage through the Logging API, queried by time window.
 * Fetch only; parsing, checkpoints and detection are the misuse module's.
 */
package dev.aispm.collectors.gcp.activity;
