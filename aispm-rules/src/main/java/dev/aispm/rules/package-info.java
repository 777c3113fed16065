/**
 * The rules engine: it turns the graph into prioritized, explained findings.
 *
 * <p>{@code catalog} loads rules as data (one folder each: metadata, Cypher, fixtures);
 * {@code engine} runs them read-only against the graph; {@code scoring} weighs each finding by its
 * context; {@code findings} gives findings stable fingerprints and a lifecycle.
 */
package dev.aispm.rules;
