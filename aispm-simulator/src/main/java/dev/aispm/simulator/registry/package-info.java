/** What every simulated container registry shares: images built in memory and the OCI distribution API's answers. */
package dev.aispm.simulator.registry;
