package dev.aispm.collectors.azure.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmClient;
import java.util.List;

/**
 * Lists virtual networks (with their subnets inline), route tables (routes inline), network security
 * groups, private endpoints, and the network interfaces and public IP addresses that place virtual
 * machines on them. ARM only.
 */
public final class NetworkFetcher {
  public static final String API = "2024-05-01";
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
}
