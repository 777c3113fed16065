package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a SageMaker resource's network interfaces sit (subnets, security groups) as edges, and
 * the Internet edge that results. Every SageMaker type with a VPC configuration links the same
 * way, so the rules and the attack paths read one shape.
 */
final class NetworkPlacement {
  private NetworkPlacement() {}

  /** Adds IN_SUBNET and HAS_SECURITY_GROUP edges; the targets are stubs until the network sync fills them. */
  static void link(WriteBatch out, String fromId, Collection<String> subnetIds, Collection<String> groupIds,
      NetworkView network, ScopeKey scope, RelSchema inSubnet, RelSchema hasGroup) {
    for (String s : subnetIds) {
      out.rel(inSubnet, RelRecord.of(fromId, network.subnetArn(s, scope), scope)
          .withTargetStub(Map.of("subnetId", s)));
    }
    for (String g : groupIds) {
      out.rel(hasGroup, RelRecord.of(fromId, network.groupArn(g, scope), scope)
          .withTargetStub(Map.of("groupId", g)));
    }
  }

  /** Adds {@code Internet -CAN_REACH-> id}, saying why (and through which subnet and group). */
  static void reachable(WriteBatch out, RelSchema canReach, String id, String via, NetworkView.Exposure exposure,
      ScopeKey scope) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("via", via);
    if (exposure != null && Boolean.TRUE.equals(exposure.reachable())) {
      props.put("subnetId", exposure.subnetId());
      props.put("securityGroupId", exposure.groupId());
      props.put("ports", exposure.ports());
    }
    out.node(CommonSchemas.INTERNET, AwsIds.internet());
    out.rel(canReach, RelRecord.of(CommonSchemas.INTERNET_ID, id, scope, props));
  }
}
