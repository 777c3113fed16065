/**
 * Runs misuse detection over one scan's sources: reads what detectors need from the graph, admits
 * each source's events through its checkpoint, folds detections into records and commits them
 * with the baselines and the checkpoint in one transaction.
 */
package dev.aispm.misuse.ingest;
