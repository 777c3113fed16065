package dev.aispm.graph.schema.gcp.compute;

import dev.aispm.graph.schema.NodeSchema;

/**
 * A VPC network: what firewall rules and notebooks attach to, and whether it routes to the
 * internet, as an AWS subnet's route to an internet gateway does.
 */
public final class VpcNetworkSchema {
  private VpcNetworkSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("GCPNetwork")
      .concept("Network")
      .description("A VPC network. Its id is //compute.googleapis.com/projects/P/global/networks/NAME.")
      .property("name", "Network name")
      .property("autoCreateSubnetworks", "Whether it is an auto-mode network")
      .property("routesToInternetGateway", "Whether a route sends 0.0.0.0/0 to the default internet gateway, so instances with an external IP are reachable (absent: routes unread)")
      .build();
}
