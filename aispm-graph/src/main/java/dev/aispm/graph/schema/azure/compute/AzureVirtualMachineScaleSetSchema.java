package dev.aispm.graph.schema.azure.compute;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.authorization.AzurePrincipalSchema;
import dev.aispm.graph.schema.azure.network.AzureNetworkSecurityGroupSchema;
import dev.aispm.graph.schema.azure.network.AzureSubnetSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.InstallProperties;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/**
 * An Azure virtual machine scale set that runs AI, judged on its model as a virtual machine is
 * ({@link AzureVirtualMachineSchema}): GPU inference pools and Ray or vLLM clusters commonly run on
 * scale sets, whose instances are not listed as virtual machines. One node stands for every
 * instance, since they all share the model's size, user data, identities and network: an instance
 * reached from the internet means each one is. Only scale sets that run AI are written; user data
 * is read for those that may (a server shown by name, tags or ports, or a GPU size), judged for
 * secrets and never stored.
 */
public final class AzureVirtualMachineScaleSetSchema {
  private AzureVirtualMachineScaleSetSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureVirtualMachineScaleSet")
      .concept("Compute")
      .description("An Azure virtual machine scale set whose instances run a self-hosted AI server or install AI "
          + "packages. Its id is the ARM id, lower-case.")
      .property("name", "Scale set name")
      .property("resourceGroup", "Resource group name")
      .property("location", "Azure location")
      .property("uniqueId", "The scale set's unique id (properties.uniqueId)")
      .property("vmSize", "Instance size (sku.name), e.g. Standard_NC24ads_A100_v4")
      .property("capacity", "Number of instances the scale set asks for (sku.capacity)")
      .property("gpu", "Whether the size is of a GPU family (N-series: Standard_NC, ND, NV)")
      .property("orchestrationMode", "Uniform or Flexible")
      .property("provisioningState", "Succeeded, Creating, Failed ...")
      .property("osType", "Linux or Windows, from the model's OS disk when given")
      .property("image", "Marketplace image as PUBLISHER:OFFER:SKU:VERSION, or the gallery / managed image id")
      .property("zones", "Availability zones")
      .property("tags", "Tags as key=value")
      .property("subnetIds", "Subnets of its network interface configurations' IP configurations")
      .property("securityGroupIds", "Network security groups on its network interface configurations and their "
          + "subnets")
      .property("instancePublicIp", "Whether each instance gets a public IP of its own (publicIPAddressConfiguration)")
      .property("loadBalancerPoolIds", "Backend address pools and inbound NAT pools (lower-case ARM ids) its "
          + "instances join")
      .property("internetExposedPorts", "Ports the security groups on its instances' path (interface configuration "
          + "and subnet) both open to *, Internet, 0.0.0.0/0 or ::/0, as protocol:range (Tcp:8265, *:*), and the "
          + "backend ports a public load balancer forwards to its pools through them")
      .property("internetReachable", "Whether the internet reaches its instances: a public IP per instance, or a "
          + "public load balancer whose rules or NAT pools forward to its pools, and a path whose security groups "
          + "admit the world; absent when the load balancers or groups could not be read")
      .property("internetLoadBalancerFrontends", "ARM ids (lower-case) of the public load balancer frontends through "
          + "which the internet reaches it; absent when none does")
      .property("identityType", "SystemAssigned, UserAssigned, both, or absent for no managed identity")
      .property("userData", "Whether its model's user data was read (GET with $expand=userData): read, none (it has "
          + "none), not-read (not asked for, or the call failed) or failed (not base64, binary, or over 1 MiB "
          + "uncompressed)")
      .property("userDataImages", "Container images its user data runs (docker / podman run, compose image: lines)")
      .properties(b -> InstallProperties.declare(b, "its user data"))
      .properties(b -> SettingProperties.declare(b, "its user data, line by line"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, AzurePrincipalSchema.NODE,
      "Code on every instance gets tokens of the managed identity from the instance metadata service: whoever "
          + "controls the server gets the identity's role assignments.");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The scale set's instances run this self-hosted AI server, or its user data installs this AI package.");

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "The instances run this server package at the version its tags or images name, or its user data installs it.");

  public static final RelSchema IN_SUBNET = RelSchema.toStub("IN_SUBNET", NODE, AzureSubnetSchema.NODE,
      "Its instances' network interfaces are in the subnet.");

  public static final RelSchema HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", NODE,
      AzureNetworkSecurityGroupSchema.NODE, "The security group filters its instances' traffic, on their interface "
          + "configuration or on its subnet.");

  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH", CommonSchemas.INTERNET, NODE,
      NODE, false, "The scale set's instances are reachable from the internet: each has a public IP and the "
          + "security groups on its path (interface configuration and subnet) admit *, Internet, 0.0.0.0/0 or ::/0 "
          + "(via: securityGroupOpenToWorld; networkInterfaceId: the interface configuration), or no group filters a "
          + "Basic public IP (via: noSecurityGroup), or a public load balancer frontend forwards to a backend pool or "
          + "inbound NAT pool it joins and the groups admit the world on the backend ports (via: loadBalancer, with "
          + "loadBalancerId and frontendIpConfigurationId; a Basic load balancer needs no group).");
}
