/**
 * The Google Cloud collector: settings, credentials and clients, the project loop and the helpers
 * every service package shares (ids, failures, the REST caller, records).
 */
package dev.aispm.collectors.gcp;
