/**
 * Azure Container Apps (Microsoft.App): the apps of a subscription, with their images, ingress,
 * managed identities and environment variables' names.
 */
package dev.aispm.collectors.azure.containerapps;
