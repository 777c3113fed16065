/**
 * Entra ID principals of AI resources and Azure RBAC: role assignments at every scope of a
 * subscription, summarised per principal into admin/write/read and into read and write edges to
 * the blob containers they reach.
 */
package dev.aispm.collectors.azure.authorization;
