package dev.aispm.collectors.azure.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmClient;
import java.util.List;

/**
 * Lists virtual networks (with their subnets inline), route tables (routes inline), network security
 * groups, private endpoints, and the network interfaces, public IP addresses and load balancers that
 * place virtual machines on them. ARM only.
 */
public final class NetworkFetcher {
  public static final String API = "2024-05-01";
  /** The version the load balancer answer's shape (rules, NAT rules, backend pools) is read against. */
  public static final String LOAD_BALANCER_API = "2023-09-01";
  private final ArmClient arm;

  public NetworkFetcher(ArmClient arm) {
    this.arm = arm;
  }

  public List<JsonNode> virtualNetworks(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.Network/virtualNetworks", API);
  }

  /** Microsoft.Network/routeTables/read over the subscription; each table carries its routes inline. */
  public List<JsonNode> routeTables(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.Network/routeTables", API);
  }

  public List<JsonNode> privateEndpoints(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.Network/privateEndpoints", API);
  }

  public List<JsonNode> securityGroups(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.Network/networkSecurityGroups", API);
  }

  /** Microsoft.Network/networkInterfaces/read over the subscription: each interface's IP configurations and security group. */
  public List<JsonNode> networkInterfaces(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.Network/networkInterfaces", API);
  }

  /** Microsoft.Network/publicIPAddresses/read over the subscription: each address and its SKU. */
  public List<JsonNode> publicIpAddresses(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.Network/publicIPAddresses", API);
  }

  /**
   * Microsoft.Network/loadBalancers/read over the subscription: each load balancer's frontends,
   * backend pools, load-balancing rules and inbound NAT rules inline.
   */
  public List<JsonNode> loadBalancers(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.Network/loadBalancers", LOAD_BALANCER_API);
  }
}
