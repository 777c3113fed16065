/**
 * Azure Functions: function apps' posture, the identities they run as, and what their code
 * packages and settings' names show about AI use (shadow AI) and vulnerable AI packages.
 */
package dev.aispm.collectors.azure.web;
