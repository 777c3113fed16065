package dev.aispm.collectors.aws.elb;

import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.aws.elb.LoadBalancerSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.aiusage.SelfHostedServers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;

/**
 * Judges ELBv2 load balancers for what the internet reaches through them, and turns them into
 * nodes. A target group is reachable from the internet when an internet-facing load balancer has
 * a listener whose default action forwards to it (plainly or weighted) and the load balancer's
 * security groups admit 0.0.0.0/0 or ::/0 on the listener's port. A load balancer without security
 * groups (a Network Load Balancer may have none) filters nothing itself, so its listeners count as
 * open. Security group facts come from the network sync; one it could not read leaves the
 * listener not counted, as the public IP path does with an unread group.
 */
public final class LoadBalancerTransformer {
  private LoadBalancerTransformer() {}

  /**
   * One load balancer in front of one target group.
   *
   * @param loadBalancerArn its ARN (the node id)
   * @param name            its name
   * @param internetFacing  whether its scheme is internet-facing
   * @param listenerPorts   ports of the listeners forwarding to the target group, e.g. tcp:443
   * @param openPorts       those of them the internet reaches (empty for an internal load balancer)
   */
  public record Frontend(String loadBalancerArn, String name, boolean internetFacing, List<String> listenerPorts,
      List<String> openPorts) {}

  /** The load balancer ARNs the target groups are attached to, each once. */
  public static List<String> loadBalancerArns(List<TargetGroup> targetGroups) {
    Set<String> out = new LinkedHashSet<>();
    targetGroups.forEach(t -> {
      if (t.hasLoadBalancerArns()) {
        out.addAll(t.loadBalancerArns());
      }
    });
    return List.copyOf(out);
  }

  /** By target group ARN, the load balancers forwarding to it. */
  public static Map<String, List<Frontend>> frontends(List<LoadBalancer> loadBalancers,
      Map<String, List<Listener>> listeners, NetworkView network) {
    Map<String, List<Frontend>> out = new LinkedHashMap<>();
    for (LoadBalancer lb : loadBalancers) {
      boolean internetFacing = "internet-facing".equals(lb.schemeAsString());
      Map<String, Set<String>> portsByGroup = new LinkedHashMap<>();
      for (Listener l : listeners.getOrDefault(lb.loadBalancerArn(), List.of())) {
        if (l.port() == null) {
          continue;
        }
        for (String tg : forwardedTargetGroups(l)) {
          portsByGroup.computeIfAbsent(tg, k -> new LinkedHashSet<>()).add(port(l));
        }
      }
      portsByGroup.forEach((tg, ports) -> {
        List<String> open = internetFacing
            ? ports.stream().filter(p -> admitsWorld(lb, p, network)).toList() : List.of();
        out.computeIfAbsent(tg, k -> new ArrayList<>()).add(new Frontend(lb.loadBalancerArn(),
            lb.loadBalancerName(), internetFacing, List.copyOf(ports), open));
      });
    }
    return out;
  }

  /** The load balancer nodes, with the listener ports the internet reaches. */
  public static WriteBatch transform(List<LoadBalancer> loadBalancers, Map<String, List<Listener>> listeners,
      NetworkView network, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (LoadBalancer lb : loadBalancers) {
      if (lb.loadBalancerArn() == null) {
        continue;
      }
      boolean internetFacing = "internet-facing".equals(lb.schemeAsString());
      List<Listener> ls = listeners.getOrDefault(lb.loadBalancerArn(), List.of());
      List<String> described = ls.stream().filter(l -> l.port() != null)
          .map(l -> l.protocolAsString() + ":" + l.port()).distinct().toList();
      List<String> open = internetFacing ? ls.stream().filter(l -> l.port() != null).map(LoadBalancerTransformer::port)
          .distinct().filter(p -> admitsWorld(lb, p, network)).toList() : List.of();
      List<String> groups = lb.hasSecurityGroups() ? lb.securityGroups() : List.of();
      out.node(LoadBalancerSchema.NODE, NodeRecord.of(lb.loadBalancerArn(), scope)
          .set("name", lb.loadBalancerName())
          .set("loadBalancerType", lb.typeAsString())
          .set("scheme", lb.schemeAsString())
          .set("dnsName", lb.dnsName())
          .set("vpcId", lb.vpcId())
          .set("securityGroupIds", groups.isEmpty() ? null : List.copyOf(groups))
          .set("listeners", described.isEmpty() ? null : described)
          .set("internetExposedPorts", open.isEmpty() ? null : open)
          .build());
      for (String g : groups) {
        out.rel(LoadBalancerSchema.HAS_SECURITY_GROUP, RelRecord.of(lb.loadBalancerArn(), network.groupArn(g, scope),
            scope).withTargetStub(Map.of("groupId", g)));
      }
    }
    return out;
  }

  /** Target groups a listener's default actions forward to: a plain forward, or each of a weighted one. */
  static List<String> forwardedTargetGroups(Listener l) {
    Set<String> out = new LinkedHashSet<>();
    if (!l.hasDefaultActions()) {
      return List.of();
    }
    for (Action a : l.defaultActions()) {
      if (!"forward".equals(a.typeAsString())) {
        continue;
      }
      if (a.targetGroupArn() != null) {
        out.add(a.targetGroupArn());
      }
      if (a.forwardConfig() != null && a.forwardConfig().hasTargetGroups()) {
        a.forwardConfig().targetGroups().stream().map(TargetGroupTuple::targetGroupArn)
            .filter(java.util.Objects::nonNull).forEach(out::add);
      }
    }
    return List.copyOf(out);
  }

  /** A listener's port as a security group rule reads it: UDP listeners are udp, every other protocol tcp. */
  private static String port(Listener l) {
    String protocol = l.protocolAsString();
    return (protocol != null && protocol.startsWith("UDP") ? "udp:" : "tcp:") + l.port();
  }

  /** Whether the load balancer's security groups (or their absence) let the whole internet in on the port. */
  static boolean admitsWorld(LoadBalancer lb, String port, NetworkView network) {
    if (!lb.hasSecurityGroups() || lb.securityGroups().isEmpty()) {
      return true;
    }
    int number = Integer.parseInt(port.substring(port.indexOf(':') + 1));
    boolean udp = port.startsWith("udp:");
    for (String g : lb.securityGroups()) {
      NetworkView.GroupFacts f = network.groups().get(g);
      if (f == null || !Boolean.TRUE.equals(f.openToWorld()) || f.openToWorldPorts() == null) {
        continue;
      }
      for (String rule : f.openToWorldPorts()) {
        if (udp ? rule.equals("all:all") || rule.equals(port) || rule.equals("udp:all")
            : SelfHostedServers.covers(rule, number)) {
          return true;
        }
      }
    }
    return false;
  }
}
