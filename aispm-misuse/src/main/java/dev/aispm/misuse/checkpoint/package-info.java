/**
 * Where each activity source stopped reading: the last object key or page position, the latest
 * event time and the ids seen at that boundary. Checkpoints are records in the graph, written in
 * the same transaction as the detections they produced, so a restart neither reads an event twice
 * nor skips one.
 */
package dev.aispm.misuse.checkpoint;
