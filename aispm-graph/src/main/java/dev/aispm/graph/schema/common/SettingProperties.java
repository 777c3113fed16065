package dev.aispm.graph.schema.common;

import dev.aispm.graph.schema.NodeSchema;

/**
 * The properties of a resource whose settings' values the cloud API answers in clear (a Lambda
 * function's environment, a SageMaker container's environment, a training job's hyperparameters)
 * and the collector judged for secrets. One description for every such type, so the secrets rule
 * reads the same three properties wherever they come from.
 */
public final class SettingProperties {
  private SettingProperties() {}

  /** Adds {@code settingsScan}, {@code settingsScanError} and {@code settingSecrets}, naming the settings read. */
  public static NodeSchema.Builder declare(NodeSchema.Builder b, String settings) {
    return b.property("settingsScan", "Whether the values of " + settings + " were judged for secrets: scanned, "
            + "not-read (the API withheld them) or failed (too large to scan)")
        .property("settingsScanError", "Why the values were not judged")
        .property("settingSecrets", "Secrets found in those values, one line each: the setting's name, what was "
            + "found, its severity, a redacted preview and the SHA-256 fingerprint of the value (never the value), "
            + "e.g. HF_TOKEN: secret.huggingface-token (high), preview hf_Q****, fingerprint 3f2a...");
  }
}
