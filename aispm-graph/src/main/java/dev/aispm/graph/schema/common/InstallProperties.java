package dev.aispm.graph.schema.common;

import dev.aispm.graph.schema.NodeSchema;

/**
 * The properties of compute whose start-up script the collector reads for install commands (a
 * VM's user data or startup script): what it installs from without naming packages. One
 * description for every such type, so the supply-chain rules read the same four properties
 * wherever they come from.
 */
public final class InstallProperties {
  private InstallProperties() {}

  /** Adds {@code installScan}, {@code requirementFiles}, {@code packageIndexes} and {@code unresolvedInstalls}. */
  public static NodeSchema.Builder declare(NodeSchema.Builder b, String script) {
    return b.property("installScan", "Result of reading the install commands of " + script
            + ": scanned, partial or failed")
        .property("requirementFiles", "Requirements or environment files " + script + " installs from, credentials "
            + "removed; not fetched")
        .property("packageIndexes", "Package indexes other than the public defaults " + script + " installs from, "
            + "credentials removed")
        .property("unresolvedInstalls", "Install arguments built from variables or command output at run time");
  }
}
