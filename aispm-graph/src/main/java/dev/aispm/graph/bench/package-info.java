/**
 * Graph ingestion benchmark: the batched writer against raw UNWIND ... CREATE on the same embedded database.
 */
package dev.aispm.graph.bench;
