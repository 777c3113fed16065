package dev.aispm.graph.schema.azure.network;

import dev.aispm.graph.schema.NodeSchema;

/** A virtual network that AI compute or private endpoints are placed in. */
public final class AzureVirtualNetworkSchema {
  private AzureVirtualNetworkSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureVirtualNetwork")
      .concept("Network")
      .description("A virtual network. Its id is the ARM id.")
      .property("name", "Network name")
      .property("resourceGroup", "Resource group name")
      .property("location", "Azure location")
      .property("addressPrefixes", "Address space")
      .build();
}
