/**
 * The in-process Neo4j with its Bolt connector on the loopback address, started when no external server is configured.
 */
package dev.aispm.graph.embedded;
