/**
 * Google Cloud: Cloud Audit Logs entries as the Logging API's {@code entries:list} returns them.
 */
package dev.aispm.misuse.source.gcp;
