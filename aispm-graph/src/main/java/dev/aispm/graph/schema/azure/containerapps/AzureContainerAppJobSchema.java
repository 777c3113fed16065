package dev.aispm.graph.schema.azure.containerapps;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.authorization.AzurePrincipalSchema;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerImageSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;

/**
 * An Azure Container Apps job: batch scoring, nightly embedding refreshes and fine-tuning runs are
 * scheduled there, beside the apps but outside their list. A job takes no requests, so what judges
 * it is what it runs (its images), what it calls (its environment variables' names) and what it may
 * do (its managed identities), as for a container app.
 */
public final class AzureContainerAppJobSchema {
  private AzureContainerAppJobSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureContainerAppJob")
      .concept("Compute")
      .concept("ServerlessWorkload")
      .description("A Container Apps job (Microsoft.App/jobs). Its id is the ARM id, lower-case.")
      .property("name", "Job name")
      .property("resourceGroup", "Resource group name")
      .property("location", "Azure location")
      .property("provisioningState", "InProgress, Succeeded, Failed, Canceled or Deleting")
      .property("environmentId", "ARM id (lower-case) of the Container Apps environment the job runs in")
      .property("triggerType", "How executions start: Manual, Schedule or Event")
      .property("cronExpression", "The schedule of a Schedule job (a cron expression); absent for other triggers")
      .property("replicaTimeout", "Seconds a replica may run before it is stopped")
      .property("images", "Container images of the template's containers and init containers, as named")
      .property("internetReachable", "Always false: a job has no ingress and takes no requests")
      .property("identityType", "SystemAssigned, UserAssigned, both or absent for none")
      .property("principalIds", "Object ids of the job's system and user-assigned managed identities")
      .property("environmentVariableNames", "Names (never values) of the containers' environment variables")
      .property("secretEnvironmentVariables", "Names of environment variables taken from a job secret (secretRef); "
          + "the secret's value is never read")
      .property("aiProviderSettings", "Names of environment variables that point at an AI provider")
      .properties(b -> SettingProperties.declare(b, "the containers' plain environment variables (secretRef variables are references)"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, AzurePrincipalSchema.NODE,
      "The job's containers run as the managed identity and get tokens for its role assignments.");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The job's environment variables' names show this AI use.");

  /** Written by the registry sync, like a container app's: the images the job names, read past the image cap. */
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, AzureContainerImageSchema.NODE,
      "The job runs this image in one of its containers (resolved in one of the subscription's container "
          + "registries; a tag resolves to the image carrying it at scan time).");
}
