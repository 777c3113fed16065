/**
 * Batched, idempotent writes: UNWIND ... MERGE generated from the schema, every write tagged with the scan that made it.
 */
package dev.aispm.graph.write;
