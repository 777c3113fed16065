/**
 * Graph ingestion: the batched writer against raw UNWIND ... CREATE on the same embedded database.
 */
package dev.aispm.bench.graph;
