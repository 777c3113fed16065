/**
 * The simulated Azure tenant: a TLS WireMock server that answers the Entra ID token endpoint and
 * the Azure Resource Manager GETs the Azure collector sends, from planted JSON files, so the
 * collector is exercised through the real Azure SDK pipeline and credential.
 */
package dev.aispm.simulator.azure;
