/**
 * The declared graph schema: node and relationship types with their concept labels and properties, from which constraints, cleanup and docs/graph-model.md are derived.
 */
package dev.aispm.graph.schema;
