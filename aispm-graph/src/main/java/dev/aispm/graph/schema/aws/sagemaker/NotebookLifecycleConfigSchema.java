package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;

/**
 * A notebook instance lifecycle configuration: shell scripts that run as root on every create or
 * start of the notebooks that use it. A script that pipes a download into a shell hands the
 * notebook, and the role it runs as, to whoever controls that URL.
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
      .build();
}
