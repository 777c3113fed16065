/**
 * Content scanners: they read bytes (model files, training data, notebooks) and report what is
 * dangerous in them, without a cloud SDK and without the graph, so the same code serves a CI job
 * scanning local files and a cloud scan streaming objects from a bucket.
 *
 * <p>{@code core} holds the contract every scanner implements; {@code model} finds code in
 * serialized models; {@code data} finds secrets and personal data. No scanner ever executes or
 * deserializes what it scans.
 */
package dev.aispm.scanners;
