package dev.aispm.graph.schema.gcp.compute;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.InstallProperties;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;

/**
 * A Compute Engine VM that runs AI: a self-hosted inference or ML server (vLLM, TGI, Ollama, Triton,
 * TorchServe, MLflow, Ray, Jupyter) as its name, labels, network tags, world-open firewall ports or
 * the container images its startup script runs show, or AI packages its startup script installs.
 * No Google AI API reports such a VM, so it is shadow AI; only VMs that run AI are written, not a
 * general compute inventory. The startup script (metadata, answered in clear by instances.list) is
 * judged line by line for secrets and never stored. It is the Google Cloud counterpart of
 * {@code AWSEC2Instance}, judged by the same concept-generic rules.
 */
public final class ComputeInstanceSchema {
  private ComputeInstanceSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("GCPComputeInstance")
      .concept("Compute")
      .description("A Compute Engine VM running a self-hosted AI server or installing AI packages. Its id is "
          + "//compute.googleapis.com/projects/P/zones/ZONE/instances/NAME.")
      .property("name", "Instance name")
      .property("instanceId", "Numeric instance id")
      .property("zone", "Zone of the VM")
      .property("machineType", "Machine type, e.g. g2-standard-8")
      .property("accelerated", "Whether it has GPUs attached (guestAccelerators) or is of a GPU machine family "
          + "(a2, a3, a4, g2)")
      .property("accelerators", "Attached accelerators as TYPE x COUNT, e.g. nvidia-l4 x 1")
      .property("status", "RUNNING, TERMINATED, STOPPING ...")
      .property("externalIp", "External IPv4 address of an access config (natIP), absent without one")
      .property("network", "VPC network of the first interface")
      .property("networkProject", "Project of that network, when it is not the VM's own (Shared VPC)")
      .property("subnet", "Subnetwork of the first interface")
      .property("networkTags", "Network tags (firewall targets)")
      .property("labels", "Labels as key=value")
      .property("serviceAccount", "Service account the VM runs as")
      .property("usesDefaultComputeAccount", "Whether it runs as the Compute Engine default service account")
      .property("internetExposedPorts", "protocol:port entries that world-open ingress firewall rules applying "
          + "to it admit, e.g. tcp:5000 (absent: none, or the firewall unread)")
      .property("internetReachable", "Whether the Internet can reach it: an external IP and a world-open "
          + "firewall rule that applies to it (absent: firewall facts unknown)")
      .property("createdAt", "Creation time")
      .property("startupScript", "Whether its startup script was read from metadata: read (startup-script, "
          + "user-data or gce-container-declaration in clear), none (no script), url-only (only "
          + "startup-script-url, a gs:// or https:// object that is not fetched)")
      .property("startupScriptKeys", "Metadata keys the script was read from, e.g. startup-script")
      .property("startupScriptUrl", "Value of startup-script-url: the script is in that object, not read")
      .property("startupScriptImages", "Container images the script runs (docker / podman run, compose image: "
          + "lines) or the container declaration names")
      .properties(b -> InstallProperties.declare(b, "its startup script"))
      .properties(b -> SettingProperties.declare(b, "its startup script metadata, line by line"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, ServiceAccountSchema.NODE,
      "Code on the VM runs with the service account's permissions (metadata server token): whoever controls "
          + "the server gets them.");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The VM runs this self-hosted AI server, or its startup script installs this AI package.");

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "The VM runs this server package at the version its labels, tags or images name, or its startup "
          + "script installs it.");

  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH", CommonSchemas.INTERNET, NODE,
      NODE, false, "The VM has an external IP and an enabled ingress firewall rule that applies to it (by "
          + "network, target tags or target service accounts) admits 0.0.0.0/0 or ::/0. Property via: "
          + "publicIpFirewallOpen; ports: the open protocol:ports.");

  public static final RelSchema HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", NODE,
      FirewallSchema.NODE, "An ingress firewall rule of the VM's network applies to it (all instances, one of "
          + "its tags, or its service account).");

  public static final RelSchema IN_VPC = RelSchema.toStub("IN_VPC", NODE, VpcNetworkSchema.NODE,
      "The VM's first network interface is in the network.");
}
