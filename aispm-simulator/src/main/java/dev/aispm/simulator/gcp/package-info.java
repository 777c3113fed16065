/** The simulated Google Cloud organization: a token endpoint and the Google REST APIs the GCP collector calls. */
package dev.aispm.simulator.gcp;
