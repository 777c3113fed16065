/**
 * Who may call the API: bearer API tokens stored as SHA-256 hashes in the graph, OIDC JWTs when an
 * issuer is configured, roles viewer &lt; operator &lt; admin, per-caller rate limiting, and the
 * 401/403/429 problem details written before a request reaches a controller.
 */
package dev.aispm.api.security;
