/**
 * Misuse detection from the clouds' own activity logs: outsiders abusing a deployed model, a
 * malicious model deployed, training data poisoned. Events are read incrementally, turned into
 * detections on the graph, and raised as findings of category {@code misuse} by the rule pass.
 */
package dev.aispm.misuse;
