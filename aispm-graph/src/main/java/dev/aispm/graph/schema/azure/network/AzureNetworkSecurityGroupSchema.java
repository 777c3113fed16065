package dev.aispm.graph.schema.azure.network;

import dev.aispm.graph.schema.NodeSchema;

/**
 * A network security group: Azure's stateful firewall on a subnet or interface. It carries the
 * {@code Firewall} concept and the flags of an AWS security group, so the common firewall rules
 * read it unchanged.
 */
public final class AzureNetworkSecurityGroupSchema {
  private AzureNetworkSecurityGroupSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureNetworkSecurityGroup")
      .concept("Network", "Firewall")
      .description("A network security group. Its id is the ARM id.")
      .property("name", "Group name")
      .property("resourceGroup", "Resource group name")
      .property("location", "Azure location")
      .property("openToWorld", "Whether an inbound Allow rule admits *, Internet, 0.0.0.0/0 or ::/0 on a port no higher-priority Deny rule from the world closes")
      .property("openToWorldPorts", "The ports those rules leave open, as protocol:range (Tcp:8888, Tcp:0-21, *:*)")
      .property("openToWorldRules", "Names of the inbound Allow rules that admit the world")
      .build();
}
