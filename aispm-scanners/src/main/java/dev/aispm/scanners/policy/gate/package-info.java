/**
 * The file side of the model gate: a content scanner that notes, for each model file the
 * scanners recognise, its format and the licence and base model its own metadata or the model
 * card beside it states, and the judge that holds those facts and the scan's verdict to a
 * {@link dev.aispm.scanners.policy.ModelPolicy}. It reads metadata only, never weights, and never
 * loads what it reads.
 */
package dev.aispm.scanners.policy.gate;
