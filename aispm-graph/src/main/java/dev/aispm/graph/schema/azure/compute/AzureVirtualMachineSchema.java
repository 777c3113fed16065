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
 * An Azure virtual machine that runs AI: a self-hosted inference or ML server (vLLM, TGI, Ollama,
 * Triton, TorchServe, MLflow, Ray, Jupyter) as its name, tags, the ports its security groups open
 * to the internet or the container images its user data runs show, or AI packages its user data
 * installs. Only such machines are written: the point is shadow AI that neither Azure OpenAI nor
 * Azure ML reports, and a Ray or MLflow dashboard open to the internet, not a general VM
 * inventory. User data is read for machines that may run AI (a server shown by name, tags or
 * ports, or a GPU size) and judged for secrets; it is never stored.
 */
public final class AzureVirtualMachineSchema {
  private AzureVirtualMachineSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureVirtualMachine")
      .concept("Compute")
      .description("An Azure virtual machine running a self-hosted AI server or installing AI packages. Its id is "
          + "the ARM id, lower-case.")
      .property("name", "VM name")
      .property("resourceGroup", "Resource group name")
      .property("location", "Azure location")
      .property("vmId", "The VM's unique id (properties.vmId)")
      .property("vmSize", "VM size, e.g. Standard_NC4as_T4_v3")
      .property("gpu", "Whether the size is of a GPU family (N-series: Standard_NC, ND, NV)")
      .property("provisioningState", "Succeeded, Creating, Failed ...")
      .property("osType", "Linux or Windows, from the OS disk")
      .property("image", "Marketplace image as PUBLISHER:OFFER:SKU:VERSION, or the gallery / managed image id")
      .property("zones", "Availability zones")
      .property("tags", "Tags as key=value")
      .property("networkInterfaceIds", "ARM ids (lower-case) of its network interfaces")
      .property("subnetIds", "Subnets of its network interfaces' IP configurations")
      .property("securityGroupIds", "Network security groups on its interfaces and on their subnets")
      .property("publicIpAddresses", "Public IP addresses on its interfaces, absent without one")
      .property("internetExposedPorts", "Ports the security groups on its path (interface and subnet) both open to "
          + "*, Internet, 0.0.0.0/0 or ::/0, as protocol:range (Tcp:8265, *:*), and the backend ports a public load "
          + "balancer forwards to it through them")
      .property("internetReachable", "Whether the internet reaches it: a public IP, or a public load balancer whose "
          + "rules forward to it, and a path whose security groups admit the world; absent when the interfaces, public "
          + "IPs, load balancers or groups could not be read")
      .property("internetLoadBalancerFrontends", "ARM ids (lower-case) of the public load balancer frontends through "
          + "which the internet reaches it; absent when none does")
      .property("identityType", "SystemAssigned, UserAssigned, both, or absent for no managed identity")
      .property("userData", "Whether its user data was read (GET with $expand=userData): read, none (it has none), "
          + "not-read (not asked for, or the call failed) or failed (not base64, binary, or over 1 MiB uncompressed)")
      .property("userDataImages", "Container images its user data runs (docker / podman run, compose image: lines)")
      .properties(b -> InstallProperties.declare(b, "its user data"))
      .properties(b -> SettingProperties.declare(b, "its user data, line by line"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, AzurePrincipalSchema.NODE,
      "Code on the VM gets tokens of the managed identity from the instance metadata service: whoever controls "
          + "the server gets the identity's role assignments.");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The VM runs this self-hosted AI server, or its user data installs this AI package.");

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "The VM runs this server package at the version its tags or images name, or its user data installs it.");

  public static final RelSchema IN_SUBNET = RelSchema.toStub("IN_SUBNET", NODE, AzureSubnetSchema.NODE,
      "One of the VM's network interfaces is in the subnet.");

  public static final RelSchema HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", NODE,
      AzureNetworkSecurityGroupSchema.NODE, "The security group filters the VM's traffic, on its interface or on "
          + "the interface's subnet.");

  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH", CommonSchemas.INTERNET, NODE,
      NODE, false, "The VM is reachable from the internet: an interface has a public IP and the security groups on "
          + "its path (interface and subnet) admit *, Internet, 0.0.0.0/0 or ::/0 (via: securityGroupOpenToWorld; "
          + "ports: the ports both leave open), or no group filters a Basic public IP (via: noSecurityGroup), or a "
          + "public load balancer frontend forwards to it and the groups admit the world on the backend ports (via: "
          + "loadBalancer, with loadBalancerId and frontendIpConfigurationId; a Basic load balancer needs no group).");
}
