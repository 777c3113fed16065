package dev.aispm.graph.schema.azure.network;

import dev.aispm.graph.schema.NodeSchema;

/** A network security group: Azure's stateful firewall on a subnet or interface. */
public final class AzureNetworkSecurityGroupSchema {
  private AzureNetworkSecurityGroupSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureNetworkSecurityGroup")
      .concept("Network")
      .description("A network security group. Its id is the ARM id.")
      .property("name", "Group name")
      .property("resourceGroup", "Resource group name")
      .property("location", "Azure location")
      .property("openToWorld", "Whether an inbound Allow rule admits *, Internet, 0.0.0.0/0 or ::/0")
      .property("openToWorldPorts", "Those rules as protocol:ports (Tcp:22, *:*)")
      .build();
}
