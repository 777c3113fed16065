package dev.aispm.collectors.azure.network;

import dev.aispm.graph.write.NodeRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reachability decisions need from a subscription's network: each subnet's security
 * group and whether that group admits the world. A null answer means "not read", never "closed".
 */
public final class NetworkView {
  private final Map<String, String> nsgBySubnet = new HashMap<>();
  private final Map<String, NodeRecord> groups = new HashMap<>();
  private final boolean subnetsRead;
  private final boolean groupsRead;

  public NetworkView(List<NodeRecord> subnets, List<NodeRecord> securityGroups, boolean subnetsRead, boolean groupsRead) {
    subnets.forEach(s -> nsgBySubnet.put(s.id(), (String) s.properties().get("networkSecurityGroupId")));
    securityGroups.forEach(g -> groups.put(g.id(), g));
    this.subnetsRead = subnetsRead;
    this.groupsRead = groupsRead;
  }

  /** A view with nothing read: every question about it is unknown. */
  public static NetworkView unknown() {
    return new NetworkView(List.of(), List.of(), false, false);
  }

  /** The subnet's security group id; null when it has none or the subnet is unknown (see {@link #knowsSubnet}). */
  public String securityGroupOf(String subnetId) {
    return nsgBySubnet.get(subnetId);
  }

  public boolean knowsSubnet(String subnetId) {
    return subnetsRead && nsgBySubnet.containsKey(subnetId);
  }

  /** Whether the group admits the world; null when the group was not read. */
  public Boolean openToWorld(String nsgId) {
    NodeRecord g = groups.get(nsgId);
    return g == null || !groupsRead ? null : (Boolean) g.properties().get("openToWorld");
  }

  @SuppressWarnings("unchecked")
  public List<String> openPorts(String nsgId) {
    NodeRecord g = groups.get(nsgId);
    return g == null ? List.of() : (List<String>) g.properties().getOrDefault("openToWorldPorts", List.of());
  }
}
