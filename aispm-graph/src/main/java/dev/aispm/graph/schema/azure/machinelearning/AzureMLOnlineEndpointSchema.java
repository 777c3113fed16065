package dev.aispm.graph.schema.azure.machinelearning;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.authorization.AzurePrincipalSchema;
import dev.aispm.graph.schema.common.CommonSchemas;

/**
 * An Azure ML online (real-time) endpoint, with the models its deployments serve. Batch endpoints
 * are {@link AzureMLBatchEndpointSchema}.
 */
public final class AzureMLOnlineEndpointSchema {
  private AzureMLOnlineEndpointSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureMLOnlineEndpoint")
      .concept("Endpoint")
      .description("An Azure ML online endpoint. Its id is the ARM id .../workspaces/W/onlineEndpoints/E.")
      .property("name", "Endpoint name")
      .property("workspace", "Workspace name")
      .property("authMode", "Key, AMLToken or AADToken")
      .property("keyAuth", "Whether static keys are accepted (authMode Key)")
      .property("publicNetworkAccess", "Enabled or Disabled")
      .property("scoringUri", "Scoring URI")
      .property("deployments", "Names of its deployments")
      .property("traffic", "Traffic split as deployment=percent")
      .property("identityType", "SystemAssigned, UserAssigned or absent")
      .property("internetReachable", "Whether the scoring URI accepts connections from the internet")
      .build();

  public static final RelSchema SERVED_BY = new RelSchema("SERVED_BY", AzureMLModelVersionSchema.NODE, NODE, NODE,
      true, "A deployment of the endpoint serves the model version. Property deployment.");
  public static final RelSchema IN_WORKSPACE = RelSchema.toStub("IN_WORKSPACE", NODE,
      AzureMLWorkspaceSchema.NODE, "The endpoint belongs to the workspace.");
  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, AzurePrincipalSchema.NODE,
      "Deployments of the endpoint pull images and models as the identity.");
  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH",
      CommonSchemas.INTERNET, NODE, NODE, false,
      "The endpoint's public network access is enabled: its scoring URI answers anyone (via publicNetworkAccess).");
}
