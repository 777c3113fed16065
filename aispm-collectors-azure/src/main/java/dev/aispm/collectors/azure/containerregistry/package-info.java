/**
 * Azure Container Registry: registries with their access settings (admin user, anonymous pull,
 * network), and the newest image of each repository read through the registry's data plane with
 * an ACR token exchanged from the scan's Entra ID token.
 */
package dev.aispm.collectors.azure.containerregistry;
