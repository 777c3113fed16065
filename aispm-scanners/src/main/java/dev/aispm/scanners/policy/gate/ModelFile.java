package dev.aispm.scanners.policy.gate;

/**
 * A model file the scan found, with what its own bytes say about it.
 *
 * @param location where it is, the archive holding it for a PyTorch or Keras zip
 * @param format   the format the scanners detected (see {@link dev.aispm.scanners.policy.ModelFormats})
 * @param metadata what its own header states
 */
public record ModelFile(String location, String format, ModelMetadata metadata) {
}
