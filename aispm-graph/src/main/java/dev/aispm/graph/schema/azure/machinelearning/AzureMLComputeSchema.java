package dev.aispm.graph.schema.azure.machinelearning;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.azure.authorization.AzurePrincipalSchema;
import dev.aispm.graph.schema.azure.network.AzureNetworkSecurityGroupSchema;
import dev.aispm.graph.schema.azure.network.AzureSubnetSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/**
 * Azure ML compute: compute instances (interactive, the Azure notebook) and compute clusters
 * (jobs). Two types because only an instance is a {@code Notebook}. An instance's setup scripts
 * run as root at creation and at every start; the {@code pip}, {@code conda} and {@code npm}
 * installs of the inline ones decide the notebook's environment, so the AI packages they install
 * (and their advisories) hang from the instance.
 */
public final class AzureMLComputeSchema {
  private AzureMLComputeSchema() {}

  public static final NodeSchema INSTANCE = NodeSchema.builder("AzureMLComputeInstance")
      .concept("Notebook", "Compute")
      .description("An Azure ML compute instance. Its id is the ARM id .../workspaces/W/computes/C.")
      .property("name", "Compute name")
      .property("workspace", "Workspace name")
      .property("vmSize", "VM size")
      .property("state", "Running, Stopped ...")
      .property("sshPublicAccess", "Whether SSH on the public IP is enabled")
      .property("publicIp", "Whether the node gets a public IP address (enableNodePublicIp; absent means true)")
      .property("publicIpAddress", "Public IP address, when reported")
      .property("subnetId", "Subnet, absent outside a customer virtual network")
      .property("rootAccess", "Whether users get root/sudo on the instance")
      .property("idleShutdownAfter", "Idle time before automatic shutdown (ISO-8601), absent: never")
      .property("idleShutdownEnabled", "Whether idle shutdown is configured")
      .property("authorizationType", "personal or the creator's access type")
      .property("localAuthDisabled", "Whether local (key) authentication is off")
      .property("identityType", "SystemAssigned, UserAssigned or absent: runs with no managed identity")
      .property("internetReachable", "Whether the Internet can reach it (absent: network facts unknown)")
      .property("installScan", "Result of reading the install commands of the setup scripts (creationScript, "
          + "startupScript): scanned; partial when one could not be read or was too long to read whole; failed when "
          + "none could be read (kept on the workspace file share, inline data that is not base64 UTF-8 text); "
          + "absent when the instance has no setup script")
      .property("requirementFiles", "Requirements or environment files the scripts install from (pip -r, conda "
          + "--file), as written with credentials removed; they are not fetched")
      .property("packageIndexes", "Package indexes other than the public defaults that the scripts install from "
          + "(--index-url, --extra-index-url, PIP_INDEX_URL, --registry, channel URLs), credentials removed")
      .property("unresolvedInstalls", "Install arguments built from variables or command output at run time, "
          + "which cannot be read without running the scripts")
      .property("workspaceSetupScripts", "Setup scripts kept on the workspace file share (scriptSource workspace), "
          + "as HOOK: PATH; they are not read")
      .properties(b -> SettingProperties.declare(b, "its inline setup scripts, line by line (startupScript line 4); "
          + "a script kept on the workspace file share is not read, which leaves the verdict open"))
      .build();

  public static final NodeSchema CLUSTER = NodeSchema.builder("AzureMLComputeCluster")
      .concept("Compute")
      .description("An Azure ML compute cluster (AmlCompute). Its id is the ARM id .../workspaces/W/computes/C.")
      .property("name", "Compute name")
      .property("workspace", "Workspace name")
      .property("vmSize", "VM size")
      .property("state", "Provisioning state")
      .property("remoteLoginPortPublicAccess", "Enabled, Disabled or NotSpecified: SSH to nodes from the internet")
      .property("sshPublicAccess", "Whether SSH to the nodes is open from the internet")
      .property("publicIp", "Whether nodes get public IP addresses (enableNodePublicIp; absent means true)")
      .property("subnetId", "Subnet, absent outside a customer virtual network")
      .property("minNodes", "Minimum node count")
      .property("maxNodes", "Maximum node count")
      .property("localAuthDisabled", "Whether local (key) authentication is off")
      .property("identityType", "SystemAssigned, UserAssigned or absent")
      .property("internetReachable", "Whether the Internet can reach its nodes (absent: network facts unknown)")
      .build();

  public static final RelSchema INSTANCE_USES_PACKAGE = RelSchema.of("USES_PACKAGE", INSTANCE,
      SoftwarePackageSchema.NODE, "An inline setup script of the instance installs this AI package (pip, conda or npm install).");
  public static final RelSchema INSTANCE_USES_AI = RelSchema.of("USES_AI", INSTANCE, AiUsageSchema.NODE,
      "An inline setup script of the instance installs AI tooling: the notebook runs with it.");
  public static final RelSchema INSTANCE_IN_WORKSPACE = RelSchema.toStub("IN_WORKSPACE", INSTANCE,
      AzureMLWorkspaceSchema.NODE, "The compute belongs to the workspace.");
  public static final RelSchema CLUSTER_IN_WORKSPACE = RelSchema.toStub("IN_WORKSPACE", CLUSTER,
      AzureMLWorkspaceSchema.NODE, "The compute belongs to the workspace.");
  public static final RelSchema INSTANCE_RUNS_AS = RelSchema.toStub("RUNS_AS", INSTANCE,
      AzurePrincipalSchema.NODE, "Code on the instance gets tokens of the managed identity.");
  public static final RelSchema CLUSTER_RUNS_AS = RelSchema.toStub("RUNS_AS", CLUSTER,
      AzurePrincipalSchema.NODE, "Jobs on the cluster get tokens of the managed identity.");
  public static final RelSchema INSTANCE_IN_SUBNET = RelSchema.toStub("IN_SUBNET", INSTANCE,
      AzureSubnetSchema.NODE, "The instance's network interface is in the subnet.");
  public static final RelSchema CLUSTER_IN_SUBNET = RelSchema.toStub("IN_SUBNET", CLUSTER,
      AzureSubnetSchema.NODE, "The cluster's nodes are in the subnet.");
  public static final RelSchema INSTANCE_HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", INSTANCE,
      AzureNetworkSecurityGroupSchema.NODE, "The instance's subnet is filtered by the security group.");
  public static final RelSchema CLUSTER_HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", CLUSTER,
      AzureNetworkSecurityGroupSchema.NODE, "The cluster's subnet is filtered by the security group.");
  public static final RelSchema INTERNET_CAN_REACH_INSTANCE = new RelSchema("CAN_REACH",
      CommonSchemas.INTERNET, INSTANCE, INSTANCE, false,
      "The instance has a public IP and SSH open to the internet (via sshPublicAccess) or its subnet's "
          + "security group admits the world (via securityGroupOpenToWorld).");
  public static final RelSchema INTERNET_CAN_REACH_CLUSTER = new RelSchema("CAN_REACH",
      CommonSchemas.INTERNET, CLUSTER, CLUSTER, false,
      "The cluster's nodes have public IPs and SSH open to the internet or a world-open security group.");
}
