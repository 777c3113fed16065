package dev.aispm.graph.schema.azure.machinelearning;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerImageSchema;

/**
 * A deployment of an Azure ML online endpoint: the containers that answer the endpoint's scoring
 * URI. The endpoint decides who can call in; the deployment decides what runs (model, environment
 * and so image), on what instances, whether the container may call out to the internet, and
 * whether the requests and responses it sees are kept. SageMaker keeps the same settings on the
 * endpoint configuration's production variants and Vertex AI on the deployed models, both folded
 * into their endpoint nodes; an Azure deployment is its own ARM resource with its own permission,
 * so it is its own node, a compute workload like a container service.
 */
public final class AzureMLOnlineDeploymentSchema {
  private AzureMLOnlineDeploymentSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureMLOnlineDeployment")
      .concept("Compute")
      .description("A deployment of an Azure ML online endpoint. Its id is the ARM id .../workspaces/W/onlineEndpoints/E/deployments/D.")
      .property("name", "Deployment name")
      .property("endpoint", "Endpoint name")
      .property("workspace", "Workspace name")
      .property("endpointComputeType", "Managed (Azure-run instances) or Kubernetes (an attached cluster)")
      .property("instanceType", "Instance type (VM size or Kubernetes instance type)")
      .property("instanceCount", "Number of instances (sku capacity), absent when not given")
      .property("model", "Model it serves, as given (ARM id, azureml:NAME:VERSION or a registry asset id)")
      .property("environmentId", "Environment it runs in, as given (ARM id, azureml:NAME:VERSION or a registry asset id)")
      .property("image", "Container image of its environment, when the environment version was read")
      .property("egressPublicNetworkAccess", "Enabled or Disabled: whether the container may reach the internet (absent: not stated)")
      .property("appInsightsEnabled", "Whether Application Insights logging is on")
      .property("dataCollector", "Whether the model data collector keeps any of its inputs or outputs (absent collector: false)")
      .property("dataCollections", "Names of the collections the data collector keeps (request, response or custom names)")
      .property("provisioningState", "Succeeded, Failed, Updating ...")
      .properties(b -> SettingProperties.declare(b, "the environment variables"))
      .build();

  public static final RelSchema SERVED_BY = RelSchema.of("SERVED_BY", NODE, AzureMLOnlineEndpointSchema.NODE,
      "The endpoint routes its scoring requests to the deployment.");
  public static final RelSchema USES_MODEL = RelSchema.toStub("USES_MODEL", NODE, AzureMLModelVersionSchema.NODE,
      "The deployment serves the model version (one of the endpoint's workspace, named by ARM id or azureml:NAME:VERSION).");
  public static final RelSchema USES_ENVIRONMENT = RelSchema.of("USES_ENVIRONMENT", NODE, AzureMLEnvironmentSchema.NODE,
      "The deployment's containers run in the environment version (skipped when the version was not listed).");

  /** Written by the registry sync from the deployment's {@code image}, as for environments. */
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, AzureContainerImageSchema.NODE,
      "The deployment's containers run this image: its environment's image reference resolved in one of the "
          + "subscription's container registries (a tag resolves to the image carrying it at scan time).");
}
