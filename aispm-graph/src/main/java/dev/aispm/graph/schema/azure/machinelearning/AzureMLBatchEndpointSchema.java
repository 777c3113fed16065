package dev.aispm.graph.schema.azure.machinelearning;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.authorization.AzurePrincipalSchema;
import dev.aispm.graph.schema.common.CommonSchemas;

/**
 * An Azure ML batch endpoint: the URI that starts scoring jobs over data, with the models its
 * deployments run. It is its own type beside the online endpoint because what it exposes differs:
 * it has no public network access setting of its own (it takes the workspace's), no traffic split,
 * and a caller gets a job over stored data rather than an answer; the models it serves belong in
 * the AI-BOM all the same, which reads it as an {@code Endpoint}.
 */
public final class AzureMLBatchEndpointSchema {
  private AzureMLBatchEndpointSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureMLBatchEndpoint")
      .concept("Endpoint")
      .description("An Azure ML batch endpoint. Its id is the ARM id .../workspaces/W/batchEndpoints/E.")
      .property("name", "Endpoint name")
      .property("workspace", "Workspace name")
      .property("authMode", "Key, AMLToken or AADToken (the service accepts AADToken only for batch endpoints)")
      .property("keyAuth", "Whether static keys are accepted (authMode Key)")
      .property("publicNetworkAccess", "Enabled or Disabled, taken from the workspace (absent: the workspace's setting is unknown)")
      .property("scoringUri", "URI that starts batch scoring jobs")
      .property("defaultDeployment", "Name of the deployment a job runs when the caller names none")
      .property("deployments", "Names of its deployments")
      .property("identityType", "SystemAssigned, UserAssigned or absent")
      .property("provisioningState", "Succeeded, Failed, Updating ...")
      .property("internetReachable", "Whether the scoring URI accepts connections from the internet (the workspace is public)")
      .build();

  public static final RelSchema SERVED_BY = new RelSchema("SERVED_BY", AzureMLModelVersionSchema.NODE, NODE, NODE,
      true, "A deployment of the batch endpoint runs the model version. Property deployment.");
  public static final RelSchema IN_WORKSPACE = RelSchema.toStub("IN_WORKSPACE", NODE,
      AzureMLWorkspaceSchema.NODE, "The batch endpoint belongs to the workspace.");
  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, AzurePrincipalSchema.NODE,
      "The batch endpoint's managed identity.");
  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH",
      CommonSchemas.INTERNET, NODE, NODE, false,
      "The endpoint's workspace is publicly accessible: anyone can call its scoring URI (via publicNetworkAccess).");
}
