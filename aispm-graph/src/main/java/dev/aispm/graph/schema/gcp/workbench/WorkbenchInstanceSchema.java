package dev.aispm.graph.schema.gcp.workbench;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import dev.aispm.graph.schema.gcp.compute.FirewallSchema;
import dev.aispm.graph.schema.gcp.compute.VpcNetworkSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;

/**
 * A Vertex AI Workbench instance (Notebooks API v2): a JupyterLab VM running as a service account.
 * Its post-startup script runs as root on every start; the {@code pip}, {@code conda} and
 * {@code npm} installs in it decide the notebook's environment, so the AI packages they install
 * (and their advisories) hang from the instance.
 */
public final class WorkbenchInstanceSchema {
  private WorkbenchInstanceSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("GCPWorkbenchInstance")
      .concept("Notebook", "Compute")
      .description("A Workbench instance. Its id is //notebooks.googleapis.com/projects/P/locations/ZONE/instances/NAME.")
      .property("name", "Instance name")
      .property("zone", "Zone of the VM")
      .property("state", "ACTIVE, STOPPED ...")
      .property("machineType", "Machine type")
      .property("containerImage", "Custom container image JupyterLab runs in (gceSetup.containerImage, REPOSITORY:TAG), "
          + "absent for a VM image")
      .property("missingImages", "References into the project's Artifact Registry that name no image there, "
          + "each with why (no such repository, digest or tag); absent when every one was found")
      .property("creator", "Principal that created it")
      .property("publicIp", "Whether the VM gets an external IP address")
      .property("rootAccess", "Whether users get root (metadata notebook-disable-root is not true)")
      .property("terminalEnabled", "Whether the JupyterLab terminal is on (metadata notebook-disable-terminal is not true)")
      .property("serviceAccount", "Service account the VM runs as")
      .property("usesDefaultComputeAccount", "Whether it runs as the Compute Engine default service account")
      .property("secureBoot", "Whether Shielded VM secure boot is on")
      .property("bootDiskKmsKey", "Cloud KMS key of the boot disk, absent: Google-managed")
      .property("dataDiskKmsKey", "Cloud KMS key of the data disk, absent: Google-managed")
      .property("cmekEnabled", "Whether every disk is encrypted with a customer-managed key")
      .property("idleShutdownSeconds", "Idle shutdown timeout (metadata idle-timeout-seconds), absent: not set")
      .property("proxyAccessEnabled", "Whether JupyterLab is reachable through Google's proxy")
      .property("network", "VPC network of the first interface")
      .property("subnet", "Subnetwork of the first interface")
      .property("networkTags", "Network tags (firewall targets)")
      .property("internetReachable", "Whether the Internet can reach it: an external IP and a world-open firewall rule (absent: firewall unread)")
      .property("createdAt", "Creation time")
      .property("installScan", "Result of reading the install commands of the post-startup script (metadata "
          + "post-startup-script, a gs:// object): scanned; partial when it was too long to read whole; failed when "
          + "it could not be read or decoded; absent when the instance has no post-startup script")
      .property("requirementFiles", "Requirements or environment files the script installs from (pip -r, conda "
          + "--file), as written with credentials removed; they are not fetched")
      .property("packageIndexes", "Package indexes other than the public defaults that the script installs from "
          + "(--index-url, --extra-index-url, PIP_INDEX_URL, --registry, channel URLs), credentials removed")
      .property("unresolvedInstalls", "Install arguments built from variables or command output at run time, "
          + "which cannot be read without running the script")
      .properties(b -> SettingProperties.declare(b, "its metadata values and post-startup script, line by line "
          + "(post-startup-script line 6, metadata.KEY; SSH keys are not judged)"))
      .build();

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "The instance's post-startup script installs this AI package (pip, conda or npm install).");
  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The instance's post-startup script installs AI tooling: the notebook runs with it.");
  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, ServiceAccountSchema.NODE,
      "Code in the notebook runs with the service account's permissions (metadata server token).");
  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH", CommonSchemas.INTERNET, NODE, NODE,
      false, "The instance has an external IP and an enabled ingress firewall rule that applies to it admits "
          + "0.0.0.0/0 or ::/0. Property via: publicIpFirewallOpen; ports: the open protocol:ports.");
  public static final RelSchema HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", NODE, FirewallSchema.NODE,
      "An ingress firewall rule of the instance's network applies to it (all instances, or one of its tags).");
  public static final RelSchema IN_VPC = RelSchema.toStub("IN_VPC", NODE, VpcNetworkSchema.NODE,
      "The instance's first network interface is in the network.");

  /** Written by the link step after the registry scan, by digest or by the tag an image carries now. */
  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, GcpArtifactImageSchema.NODE,
      "The instance's JupyterLab runs in this custom container image"
          + " (an Artifact Registry image, by digest, or by the tag it carries now).");
}
