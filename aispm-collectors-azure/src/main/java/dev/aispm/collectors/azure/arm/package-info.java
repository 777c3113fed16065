/**
 * Azure Resource Manager access: one SDK pipeline (DefaultAzureCredential, retry on 429/5xx with
 * Retry-After, JDK HTTP client), GETs that follow nextLink, ARM id parsing and the mapping from a
 * request to the RBAC action it needs.
 */
package dev.aispm.collectors.azure.arm;
