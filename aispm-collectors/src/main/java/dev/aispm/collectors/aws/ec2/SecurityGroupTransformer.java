package dev.aispm.collectors.aws.ec2;

import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.ec2.SecurityGroupSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/**
 * Turns DescribeSecurityGroups answers into security group nodes that say whether, and on which
 * ports, they admit the whole internet. Only inbound rules matter for reachability; rules that
 * admit another group or a prefix list are not "the world".
 */
public final class SecurityGroupTransformer {
  private SecurityGroupTransformer() {}

  /** Security group nodes and the facts reachability needs. */
  public record Result(WriteBatch records, Map<String, NetworkView.GroupFacts> facts) {}

  public static Result transform(List<SecurityGroup> groups, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    Map<String, NetworkView.GroupFacts> facts = new HashMap<>();
    for (SecurityGroup g : groups) {
      if (g.groupId() == null) {
        continue;
      }
      String id = NetworkIds.arn(scope, "security-group", g.groupId());
      TreeSet<String> ports = new TreeSet<>();
      for (IpPermission p : g.ipPermissions()) {
        boolean world = p.ipRanges().stream().anyMatch(r -> "0.0.0.0/0".equals(r.cidrIp()))
            || p.ipv6Ranges().stream().anyMatch(r -> "::/0".equals(r.cidrIpv6()));
        if (world) {
          ports.add(port(p));
        }
      }
      boolean open = !ports.isEmpty();
      out.node(SecurityGroupSchema.NODE, NodeRecord.of(id, scope)
          .set("groupId", g.groupId())
          .set("name", g.groupName())
          .set("description", g.description())
          .set("vpcId", g.vpcId())
          .set("openToWorld", open)
          .set("openToWorldPorts", open ? List.copyOf(ports) : null)
          .set("ingressRuleCount", g.ipPermissions().size())
          .set("tags", Ec2Tags.of(g.tags()))
          .build());
      if (g.vpcId() != null) {
        out.rel(SecurityGroupSchema.IN_VPC, RelRecord.of(id, NetworkIds.arn(scope, "vpc", g.vpcId()), scope)
            .withTargetStub(Map.of("vpcId", g.vpcId())));
      }
      facts.put(g.groupId(), new NetworkView.GroupFacts(id, open, List.copyOf(ports)));
    }
    return new Result(out, facts);
  }

  /** {@code tcp:8888}, {@code tcp:0-65535}, or {@code all:all} for protocol -1 (every protocol and port). */
  static String port(IpPermission p) {
    String proto = p.ipProtocol() == null ? "unknown" : p.ipProtocol();
    if (proto.equals("-1")) {
      return "all:all";
    }
    Integer from = p.fromPort();
    Integer to = p.toPort();
    if (from == null || to == null || from == -1) {
      return proto + ":all";
    }
    return proto + ":" + (from.equals(to) ? String.valueOf(from) : from + "-" + to);
  }
}
