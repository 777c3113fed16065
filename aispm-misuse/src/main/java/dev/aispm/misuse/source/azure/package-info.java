/**
 * Azure: Activity Log entries as the Azure Monitor REST API returns them.
 */
package dev.aispm.misuse.source.azure;
