package dev.aispm.collectors.aws.ec2;

import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The network facts of one region that SageMaker transforms need to decide whether the internet
 * can reach a resource: which subnets route to an internet gateway and which security groups
 * admit the whole internet. A fact that could not be read stays unknown (null), so a missing
 * permission never turns into "not reachable".
 *
 * @param subnets        subnets by id (subnet-...); empty and {@code subnetsRead} false when unread
 * @param groups         security groups by id (sg-...)
 * @param subnetsRead    whether subnets and route tables were read completely
 * @param groupsRead     whether security groups were read completely
 */
public record NetworkView(Map<String, SubnetFacts> subnets, Map<String, GroupFacts> groups,
    boolean subnetsRead, boolean groupsRead) {

  /** What reachability needs of a subnet; {@code routesToInternetGateway} null when unknown. */
  public record SubnetFacts(String arn, String vpcId, Boolean routesToInternetGateway) {}

  /** What reachability needs of a security group; {@code openToWorld} null when unknown. */
  public record GroupFacts(String arn, Boolean openToWorld, List<String> openToWorldPorts) {}

  /**
   * Whether a network interface placed in {@code subnetIds} behind {@code groupIds} is reachable
   * from the internet, with the subnet and group that make it so.
   *
   * @param reachable true, false, or null when a needed fact is unknown
   * @param subnetId  a subnet routing to an internet gateway (when reachable)
   * @param groupId   a security group open to the world (when reachable)
   * @param ports     the world-open ports of that group
   */
  public record Exposure(Boolean reachable, String subnetId, String groupId, List<String> ports) {}

  public NetworkView {
    subnets = Map.copyOf(subnets);
    groups = Map.copyOf(groups);
  }

  /** Nothing known: every reachability question through the network answers null. */
  public static NetworkView unknown() {
    return new NetworkView(Map.of(), Map.of(), false, false);
  }

  /** The subnet's node id: its ARN when read, otherwise built from the scope. */
  public String subnetArn(String subnetId, ScopeKey scope) {
    SubnetFacts f = subnets.get(subnetId);
    return f != null && f.arn() != null ? f.arn() : NetworkIds.arn(scope, "subnet", subnetId);
  }

  /** The security group's node id. */
  public String groupArn(String groupId, ScopeKey scope) {
    GroupFacts f = groups.get(groupId);
    return f != null && f.arn() != null ? f.arn() : NetworkIds.arn(scope, "security-group", groupId);
  }

  /**
   * Reachability through the network: a subnet that routes to an internet gateway AND a security
   * group that admits 0.0.0.0/0 or ::/0. Both are needed; either being known false for every
   * subnet (or group) settles "not reachable" even when the other side is unknown.
   */
  public Exposure exposure(Collection<String> subnetIds, Collection<String> groupIds) {
    String routing = null;
    boolean routeUnknown = false;
    for (String id : subnetIds) {
      SubnetFacts f = subnets.get(id);
      Boolean r = f == null ? null : f.routesToInternetGateway();
      if (Boolean.TRUE.equals(r)) {
        routing = id;
        break;
      }
      routeUnknown |= r == null;
    }
    String open = null;
    List<String> ports = List.of();
    boolean groupUnknown = false;
    for (String id : groupIds) {
      GroupFacts f = groups.get(id);
      Boolean o = f == null ? null : f.openToWorld();
      if (Boolean.TRUE.equals(o)) {
        open = id;
        ports = f.openToWorldPorts() == null ? List.of() : new ArrayList<>(f.openToWorldPorts());
        break;
      }
      groupUnknown |= o == null;
    }
    boolean routesFalse = routing == null && !routeUnknown;
    boolean groupsFalse = open == null && !groupUnknown;
    if (routing != null && open != null) {
      return new Exposure(true, routing, open, ports);
    }
    if (subnetIds.isEmpty() || routesFalse || groupsFalse) {
      return new Exposure(false, null, null, List.of());
    }
    return new Exposure(null, null, null, List.of());
  }
}
