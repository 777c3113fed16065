package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/**
 * A SageMaker Studio lifecycle configuration: a shell script that runs when a Studio app
 * (JupyterLab, Code Editor, a kernel gateway) of a domain or user profile that names it starts.
 * Like a notebook instance's configuration it decides what the environment installs and may run
 * code fetched at run time, so it is read for the same things and hangs its AI packages the same way.
 */
public final class StudioLifecycleConfigSchema {
  private StudioLifecycleConfigSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerStudioLifecycleConfig")
      .concept("StartupScript")
      .description("A SageMaker Studio lifecycle configuration. Its id is its ARN. The script itself is not stored, "
          + "only what was found in it.")
      .property("name", "Lifecycle configuration name")
      .property("appType", "The Studio app it runs in: JupyterServer, KernelGateway, JupyterLab, CodeEditor")
      .property("remoteScriptExecution", "Whether the script runs code fetched at run time (download piped or "
          + "substituted into a shell or interpreter); absent when it could not be decoded")
      .property("riskyPatterns", "Risky patterns found: pipe-to-shell, process-substitution, eval-download, "
          + "plain-http-download, tls-verification-disabled, embedded-aws-key, undecodable")
      .property("downloadUrls", "URLs the script downloads from")
      .property("scriptSha256", "SHA-256 of the decoded script, to notice changes")
      .property("createdAt", "Creation time")
      .property("lastModifiedAt", "Last modification time")
      .property("installScan", "Result of reading the script's install commands: scanned; partial when it was too "
          + "long to read whole; failed when it could not be decoded")
      .property("requirementFiles", "Requirements or environment files the script installs from, as written with "
          + "credentials removed; they are not fetched")
      .property("packageIndexes", "Package indexes other than the public defaults that the script installs from, "
          + "credentials removed")
      .property("unresolvedInstalls", "Install arguments built from variables or command output at run time")
      .properties(b -> SettingProperties.declare(b, "its script, line by line (Content line 12)"))
      .build();

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "The script installs this AI package (pip, conda or npm install).");
  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The script installs AI tooling: the Studio apps that run it run with it.");
  public static final RelSchema DOMAIN_USES = RelSchema.toStub("USES_LIFECYCLE_CONFIG", DomainSchema.NODE, NODE,
      "The domain's default user settings attach the configuration to its users' Studio apps.");
  public static final RelSchema USER_PROFILE_USES = RelSchema.toStub("USES_LIFECYCLE_CONFIG", UserProfileSchema.NODE,
      NODE, "The user profile's settings attach the configuration to the user's Studio apps.");
}
