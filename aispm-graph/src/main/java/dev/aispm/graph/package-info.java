/**
 * The aispm security graph: what every collector writes and every rule reads.
 *
 * <p>Sub-packages: {@code schema} declares node and relationship types as data, {@code write} turns
 * records into batched, idempotent Cypher, {@code scan} records what each scan saw and cleans up only
 * where collection succeeded, {@code connect} opens the Neo4j driver, {@code embedded} runs the
 * in-process Neo4j that is the default store.
 */
package dev.aispm.graph;
