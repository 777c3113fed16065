/**
 * Opens the graph: the embedded Neo4j by default or an external server, through the same driver code path.
 */
package dev.aispm.graph.connect;
