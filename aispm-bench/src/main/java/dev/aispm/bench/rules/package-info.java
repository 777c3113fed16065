/**
 * A full rule pass over a synthetic graph.
 */
package dev.aispm.bench.rules;
