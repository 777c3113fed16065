package dev.aispm.graph.schema.azure.network;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;

/** A subnet of a virtual network, with the security group that governs it. */
public final class AzureSubnetSchema {
  private AzureSubnetSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureSubnet")
      .concept("Network")
      .description("A subnet. Its id is the ARM id .../virtualNetworks/V/subnets/S.")
      .property("name", "Subnet name")
      .property("addressPrefix", "Address range")
      .property("networkSecurityGroupId", "NSG associated with the subnet, absent when none")
      .property("privateEndpointCount", "Private endpoints placed in the subnet")
      .property("routeTableId", "Route table associated with the subnet, absent when none")
      .property("routesToInternetGateway", "Whether Azure's system route 0.0.0.0/0 -> Internet applies (no route table); absent when a route table, which aispm does not read yet, may override it")
      .property("defaultOutboundAccess", "Whether the subnet gives VMs default outbound internet access (absent: Azure's default, true)")
      .build();

  public static final RelSchema IN_VNET = RelSchema.toStub("IN_VNET", NODE, AzureVirtualNetworkSchema.NODE,
      "The subnet belongs to the virtual network.");
  public static final RelSchema HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", NODE,
      AzureNetworkSecurityGroupSchema.NODE, "The subnet's traffic is filtered by the security group.");
}
