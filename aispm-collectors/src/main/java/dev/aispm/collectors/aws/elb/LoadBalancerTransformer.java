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
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;

/**
 * Judges ELBv2 load balancers for what the internet reaches through them, and turns them into
 * nodes. A target group is reachable from the internet when an internet-facing load balancer has
 * a listener whose default action, or one of whose rules, forwards to it (plainly or weighted) and
 * the load balancer's security groups admit 0.0.0.0/0 or ::/0 on the listener's port. A rule with a
 * source-ip condition that does not admit the whole internet forwards, but not from the internet. A
 * load balancer without security groups (a Network Load Balancer may have none) filters nothing
 * itself, so its listeners count as open. Security group facts come from the network sync; one it
 * could not read leaves the listener not counted, as the public IP path does with an unread group.
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
   * @param ruleConditions  when the internet reaches the target group only through listener rules,
   *                        each such rule's conditions (e.g. {@code tcp:8000 host-header=api.example.com
   *                        and path-pattern=/v1/*}); empty when a default action on an open port
   *                        forwards to it, or the internet does not reach it at all
   */
  public record Frontend(String loadBalancerArn, String name, boolean internetFacing, List<String> listenerPorts,
      List<String> openPorts, List<String> ruleConditions) {}

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

  /**
   * Whether the load balancer's listener rules are worth asking for: only an Application Load
   * Balancer has rules beyond the default one, and only an internet-facing one can bring the
   * internet to a target group through them.
   */
  public static boolean rulesMatter(LoadBalancer lb) {
    return "internet-facing".equals(lb.schemeAsString())
        && (lb.type() == null || "application".equals(lb.typeAsString()));
  }

  /** How one listener port leads to one target group: by its default action, by rules, or both. */
  private static final class Route {
    boolean byDefault;
    boolean fromWorld;
    final List<String> conditions = new ArrayList<>();
  }

  /**
   * By target group ARN, the load balancers forwarding to it.
   *
   * @param listeners by load balancer ARN, its listeners
   * @param rules     by listener ARN, its rules; a listener missing here forwards by its default
   *                  actions only
   */
  public static Map<String, List<Frontend>> frontends(List<LoadBalancer> loadBalancers,
      Map<String, List<Listener>> listeners, Map<String, List<Rule>> rules, NetworkView network) {
    Map<String, List<Frontend>> out = new LinkedHashMap<>();
    for (LoadBalancer lb : loadBalancers) {
      boolean internetFacing = "internet-facing".equals(lb.schemeAsString());
      Map<String, Map<String, Route>> routesByGroup = new LinkedHashMap<>();
      for (Listener l : listeners.getOrDefault(lb.loadBalancerArn(), List.of())) {
        if (l.port() == null) {
          continue;
        }
        String port = port(l);
        for (String tg : forwardedTargetGroups(l.hasDefaultActions() ? l.defaultActions() : List.of())) {
          Route r = route(routesByGroup, tg, port);
          r.byDefault = true;
          r.fromWorld = true;
        }
        for (Rule rule : l.listenerArn() == null ? List.<Rule>of() : rules.getOrDefault(l.listenerArn(), List.of())) {
          // The default rule repeats the listener's default actions, already counted above.
          if (Boolean.TRUE.equals(rule.isDefault())) {
            continue;
          }
          boolean fromWorld = admitsWorldSources(rule);
          for (String tg : forwardedTargetGroups(rule.hasActions() ? rule.actions() : List.of())) {
            Route r = route(routesByGroup, tg, port);
            if (fromWorld) {
              r.fromWorld = true;
              r.conditions.add(port + " " + conditions(rule));
            }
          }
        }
      }
      routesByGroup.forEach((tg, routes) -> {
        List<String> open = internetFacing ? routes.entrySet().stream()
            .filter(e -> e.getValue().fromWorld && admitsWorld(lb, e.getKey(), network)).map(Map.Entry::getKey)
            .toList() : List.of();
        boolean openByDefault = open.stream().anyMatch(p -> routes.get(p).byDefault);
        List<String> conditions = openByDefault ? List.of()
            : open.stream().flatMap(p -> routes.get(p).conditions.stream()).distinct().toList();
        out.computeIfAbsent(tg, k -> new ArrayList<>()).add(new Frontend(lb.loadBalancerArn(),
            lb.loadBalancerName(), internetFacing, List.copyOf(routes.keySet()), open, conditions));
      });
    }
    return out;
  }

  private static Route route(Map<String, Map<String, Route>> routesByGroup, String tg, String port) {
    return routesByGroup.computeIfAbsent(tg, k -> new LinkedHashMap<>()).computeIfAbsent(port, k -> new Route());
  }

  /**
   * A rule's conditions as one line, e.g. {@code host-header=api.example.com and path-pattern=/v1/*}.
   * All of a rule's conditions must hold; several values of one condition are alternatives.
   */
  static String conditions(Rule rule) {
    if (!rule.hasConditions() || rule.conditions().isEmpty()) {
      return "any request";
    }
    List<String> parts = new ArrayList<>();
    for (RuleCondition c : rule.conditions()) {
      String field = c.field();
      if ("http-header".equals(field) && c.httpHeaderConfig() != null) {
        field += " " + c.httpHeaderConfig().httpHeaderName();
      }
      parts.add(field + "=" + String.join(",", values(c)));
    }
    return String.join(" and ", parts);
  }

  /** A condition's values: in its typed config, or in the older plain {@code Values} member. */
  private static List<String> values(RuleCondition c) {
    List<String> typed = switch (String.valueOf(c.field())) {
      case "host-header" -> c.hostHeaderConfig() == null || !c.hostHeaderConfig().hasValues() ? null
          : c.hostHeaderConfig().values();
      case "path-pattern" -> c.pathPatternConfig() == null || !c.pathPatternConfig().hasValues() ? null
          : c.pathPatternConfig().values();
      case "http-header" -> c.httpHeaderConfig() == null || !c.httpHeaderConfig().hasValues() ? null
          : c.httpHeaderConfig().values();
      case "http-request-method" -> c.httpRequestMethodConfig() == null
          || !c.httpRequestMethodConfig().hasValues() ? null : c.httpRequestMethodConfig().values();
      case "source-ip" -> c.sourceIpConfig() == null || !c.sourceIpConfig().hasValues() ? null
          : c.sourceIpConfig().values();
      case "query-string" -> c.queryStringConfig() == null || !c.queryStringConfig().hasValues() ? null
          : c.queryStringConfig().values().stream()
              .map(kv -> kv.key() == null ? kv.value() : kv.key() + ":" + kv.value()).toList();
      default -> null;
    };
    if (typed != null) {
      return typed;
    }
    return c.hasValues() ? c.values() : List.of();
  }

  /**
   * Whether a rule takes requests from anywhere: a source-ip condition lets through only its
   * ranges, so the internet as a whole comes in only when one of them is 0.0.0.0/0 or ::/0.
   */
  static boolean admitsWorldSources(Rule rule) {
    if (!rule.hasConditions()) {
      return true;
    }
    for (RuleCondition c : rule.conditions()) {
      if ("source-ip".equals(c.field()) && values(c).stream().noneMatch(v -> v.equals("0.0.0.0/0")
          || v.equals("::/0"))) {
        return false;
      }
    }
    return true;
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

  /** Target groups a listener's or a rule's actions forward to: a plain forward, or each of a weighted one. */
  static List<String> forwardedTargetGroups(List<Action> actions) {
    Set<String> out = new LinkedHashSet<>();
    for (Action a : actions) {
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
