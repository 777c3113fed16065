package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/**
 * A notebook instance lifecycle configuration: shell scripts that run as root on every create or
 * start of the notebooks that use it. A script that pipes a download into a shell hands the
 * notebook, and the role it runs as, to whoever controls that URL. Its {@code pip}, {@code conda}
 * and {@code npm} installs decide the notebook's environment, so the AI packages they install (and
 * their advisories) hang from it, and a notebook reaches them through the configuration it uses.
 */
public final class NotebookLifecycleConfigSchema {
  private NotebookLifecycleConfigSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerNotebookLifecycleConfig")
      .concept("StartupScript")
      .description("A SageMaker notebook instance lifecycle configuration. Its id is its ARN. The scripts "
          + "themselves are not stored, only what was found in them.")
      .property("name", "Lifecycle configuration name")
      .property("onCreateScripts", "Number of OnCreate scripts")
      .property("onStartScripts", "Number of OnStart scripts")
      .property("remoteScriptExecution", "Whether a script runs code fetched at run time (download piped or "
          + "substituted into a shell or interpreter); absent when a script could not be decoded")
      .property("riskyPatterns", "Risky patterns found: pipe-to-shell, process-substitution, eval-download, "
          + "plain-http-download, tls-verification-disabled, embedded-aws-key, undecodable")
      .property("downloadUrls", "URLs the scripts download from")
      .property("scriptSha256", "SHA-256 of the decoded scripts, to notice changes")
      .property("createdAt", "Creation time")
      .property("lastModifiedAt", "Last modification time")
      .property("tags", "Tags as key=value strings")
      .property("installScan", "Result of reading the scripts' install commands: scanned; partial when a script "
          + "could not be decoded or was too long to read whole; failed when none could be decoded")
      .property("requirementFiles", "Requirements or environment files the scripts install from (pip -r, conda "
          + "--file), as written with credentials removed; they are not fetched")
      .property("packageIndexes", "Package indexes other than the public defaults that the scripts install from "
          + "(--index-url, --extra-index-url, PIP_INDEX_URL, --registry, channel URLs), credentials removed")
      .property("unresolvedInstalls", "Install arguments built from variables or command output at run time, "
          + "which cannot be read without running the script")
      .properties(b -> SettingProperties.declare(b, "its hooks' scripts, line by line (OnCreate[0] line 12)"))
      .build();

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "A script of the configuration installs this AI package (pip, conda or npm install).");
  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The configuration's scripts install AI tooling: the notebooks that use it run with it.");
}
