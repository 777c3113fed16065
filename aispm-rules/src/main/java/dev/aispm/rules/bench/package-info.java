/**
 * Rule-pass benchmark over a synthetic graph.
 */
package dev.aispm.rules.bench;
