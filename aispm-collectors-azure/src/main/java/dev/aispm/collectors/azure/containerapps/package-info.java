/**
 * Azure Container Apps (Microsoft.App): the apps of a subscription, with their images (those of
 * older revisions still taking traffic included), ingress, managed identities and environment
 * variables' names, and its jobs, with their triggers and the same template reading.
 */
package dev.aispm.collectors.azure.containerapps;
