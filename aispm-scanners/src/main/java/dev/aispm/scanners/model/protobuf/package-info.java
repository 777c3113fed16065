/**
 * The protobuf wire format, read as a stream: ONNX models and TensorFlow SavedModels are
 * protobuf messages that can be gigabytes long, so fields are visited and large ones skipped,
 * never materialised.
 */
package dev.aispm.scanners.model.protobuf;
