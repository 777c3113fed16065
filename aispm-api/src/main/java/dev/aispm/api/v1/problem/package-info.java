/**
 * Maps the API's exceptions to problem details (RFC 9457), so every error has one documented shape.
 */
package dev.aispm.api.v1.problem;
