package dev.aispm.graph.schema.gcp.compute;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;

/**
 * A VPC firewall rule. It carries the same {@code openToWorld} flags as an AWS security group,
 * because it plays the same part: a notebook "has" the rules that apply to it.
 */
public final class FirewallSchema {
  private FirewallSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("GCPFirewall")
      .concept("Network", "Firewall")
      .description("A VPC firewall rule. Its id is //compute.googleapis.com/projects/P/global/firewalls/NAME.")
      .property("name", "Rule name")
      .property("network", "Network the rule belongs to")
      .property("direction", "INGRESS or EGRESS")
      .property("priority", "Priority (lower wins)")
      .property("disabled", "Whether the rule is disabled")
      .property("sourceRanges", "Source CIDR ranges")
      .property("targetTags", "Network tags the rule applies to (empty: every instance)")
      .property("targetServiceAccounts", "Service accounts the rule applies to (empty: every instance)")
      .property("allowed", "Allowed protocol:ports")
      .property("openToWorld", "An enabled ingress allow rule from 0.0.0.0/0 or ::/0")
      .property("openToWorldPorts", "protocol:port entries open to the world (tcp:8888, tcp:8000-8100, all:all)")
      .build();

  public static final RelSchema IN_VPC = RelSchema.toStub("IN_VPC", NODE, VpcNetworkSchema.NODE,
      "The rule governs traffic of the network.");
}
