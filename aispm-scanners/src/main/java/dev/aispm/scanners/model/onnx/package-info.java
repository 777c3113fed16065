/**
 * ONNX models. The graph itself runs no Python, but tensors can point at external data files by
 * path (read at load, so a path outside the model folder leaks or probes files) and nodes can use
 * custom operator domains that need a native library.
 */
package dev.aispm.scanners.model.onnx;
