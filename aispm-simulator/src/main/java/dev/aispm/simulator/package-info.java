/**
 * A simulated multi-cloud organization: an in-process HTTP server that answers the cloud APIs the
 * collectors call, in their real wire protocols, with a fictional organization holding planted
 * risks. The demo and the integration tests point the real SDKs at it through the SDKs' standard
 * endpoint overrides, so no test-only code path exists in the collectors.
 */
package dev.aispm.simulator;
