package dev.aispm.graph.schema.azure.machinelearning;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerImageSchema;

/**
 * A deployment of an Azure ML batch endpoint: what a scoring job started on the endpoint runs. Like
 * an online deployment it names a model, an environment (and so an image) and scoring code, but it
 * runs them on one of the workspace's compute clusters over whatever data the caller points it at,
 * so the cluster it runs on (with its identity and network) is what decides what the job can
 * reach. SageMaker's batch transform jobs are the closest neighbour; an Azure batch deployment is
 * a standing ARM resource with its own permission, so it is its own node, a compute workload.
 */
public final class AzureMLBatchDeploymentSchema {
  private AzureMLBatchDeploymentSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureMLBatchDeployment")
      .concept("Compute")
      .description("A deployment of an Azure ML batch endpoint. Its id is the ARM id .../workspaces/W/batchEndpoints/E/deployments/D.")
      .property("name", "Deployment name")
      .property("endpoint", "Endpoint name")
      .property("workspace", "Workspace name")
      .property("deploymentType", "Model (a model with scoring code) or PipelineComponent (a pipeline component run as a job)")
      .property("computeId", "ARM id of the compute cluster its jobs run on, lower-cased")
      .property("instanceCount", "Number of cluster nodes a job uses, absent when not given")
      .property("instanceType", "Instance type asked of a Kubernetes compute, absent when not given")
      .property("model", "Model it runs, as given (ARM id, azureml:NAME:VERSION or a registry asset id)")
      .property("modelReferenceType", "How the model is named: Id (a registered asset), DataPath or OutputPath")
      .property("environmentId", "Environment it runs in, as given (ARM id, azureml:NAME:VERSION or a registry asset id)")
      .property("image", "Container image of its environment, when the environment version was read")
      .property("customScoringCode", "Whether it runs a scoring script of its own (codeConfiguration); false: the model's own (MLflow) scoring")
      .property("scoringScript", "Path of the scoring script in its code asset")
      .property("codeId", "ARM id of the code asset version holding the scoring script")
      .property("outputAction", "SummaryOnly or AppendRow: whether every prediction is written to the job's output")
      .property("outputFileName", "Name of the file predictions are appended to (AppendRow)")
      .property("errorThreshold", "Failures tolerated before a job is aborted (-1: every failure ignored)")
      .property("loggingLevel", "Warning, Info or Debug")
      .property("environmentVariableNames", "Names of the environment variables it sets (values are never stored)")
      .property("provisioningState", "Succeeded, Failed, Updating ...")
      .properties(b -> SettingProperties.declare(b, "the environment variables"))
      .build();

  public static final RelSchema SERVED_BY = RelSchema.of("SERVED_BY", NODE, AzureMLBatchEndpointSchema.NODE,
      "The batch endpoint runs its jobs on the deployment.");
  public static final RelSchema USES_MODEL = RelSchema.toStub("USES_MODEL", NODE, AzureMLModelVersionSchema.NODE,
      "The deployment runs the model version (one of the endpoint's workspace, named by ARM id or azureml:NAME:VERSION).");
  public static final RelSchema USES_ENVIRONMENT = RelSchema.of("USES_ENVIRONMENT", NODE, AzureMLEnvironmentSchema.NODE,
      "The deployment's jobs run in the environment version (skipped when the version was not listed).");
  public static final RelSchema RUNS_ON = RelSchema.of("RUNS_ON", NODE, AzureMLComputeSchema.CLUSTER,
      "The deployment's jobs run on the compute cluster (skipped when the cluster was not listed).");

  /** Written by the registry sync from the deployment's {@code image}, as for environments. */
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, AzureContainerImageSchema.NODE,
      "The deployment's jobs run this image: its environment's image reference resolved in one of the "
          + "subscription's container registries (a tag resolves to the image carrying it at scan time).");
}
