package dev.aispm.graph.schema.azure.machinelearning;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.authorization.AzurePrincipalSchema;

/**
 * An Azure ML registry: models, environments and components shared across workspaces and regions.
 * What a registry holds flows into every workspace that pulls from it, so who can reach it and
 * where its storage lives is supply-chain exposure.
 */
public final class AzureMLRegistrySchema {
  private AzureMLRegistrySchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureMLRegistry")
      .description("An Azure ML registry (Microsoft.MachineLearningServices/registries). Its id is the ARM id.")
      .property("name", "Registry name")
      .property("resourceGroup", "Resource group name")
      .property("location", "Primary Azure location")
      .property("publicNetworkAccess", "Enabled or Disabled")
      .property("publiclyAccessible", "Whether the registry is reachable from public networks")
      .property("regions", "Locations the registry replicates to")
      .property("storageAccountIds", "Storage accounts Azure created for the registry's assets")
      .property("storageBlobPublicAccess", "Whether any of the registry's storage accounts allows anonymous blob access")
      .property("containerRegistryIds", "Container registries Azure created for the registry's images")
      .property("privateEndpointConnections", "Number of private endpoint connections")
      .property("identityType", "SystemAssigned, UserAssigned, both or None")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, AzurePrincipalSchema.NODE,
      "The registry reaches its storage and container registries as the identity.");
}
