/**
 * Misuse detectors: each reads provider-neutral events against what the graph knows (which data
 * stores feed AI, what the content scan said about an artifact, which identities AI runs as) and
 * against baselines learned per model and per data store, and reports detections.
 */
package dev.aispm.misuse.detect;
