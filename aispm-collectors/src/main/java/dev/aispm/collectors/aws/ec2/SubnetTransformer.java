package dev.aispm.collectors.aws.ec2;

import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.ec2.SubnetSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;
import software.amazon.awssdk.services.ec2.model.Subnet;

/**
 * Turns DescribeSubnets and DescribeRouteTables answers into subnet nodes that say whether they
 * route to an internet gateway. A subnet uses the route table explicitly associated with it, and
 * otherwise its VPC's main route table, as EC2 does.
 */
public final class SubnetTransformer {
  private SubnetTransformer() {}

  /** Subnet nodes and the facts reachability needs. */
  public record Result(WriteBatch records, Map<String, NetworkView.SubnetFacts> facts) {}

  /**
   * @param routeTables the region's route tables, or null when they could not be read (routing
   *                    then stays unknown instead of false)
   */
  public static Result transform(List<Subnet> subnets, List<RouteTable> routeTables, ScopeKey scope) {
    Map<String, RouteTable> explicit = new HashMap<>();
    Map<String, RouteTable> mainByVpc = new HashMap<>();
    if (routeTables != null) {
      for (RouteTable t : routeTables) {
        for (RouteTableAssociation a : t.associations()) {
          if (a.subnetId() != null) {
            explicit.put(a.subnetId(), t);
          }
          if (Boolean.TRUE.equals(a.main()) && t.vpcId() != null) {
            mainByVpc.put(t.vpcId(), t);
          }
        }
      }
    }
    WriteBatch out = new WriteBatch();
    Map<String, NetworkView.SubnetFacts> facts = new HashMap<>();
    for (Subnet s : subnets) {
      if (s.subnetId() == null) {
        continue;
      }
      String id = s.subnetArn() != null ? s.subnetArn() : NetworkIds.arn(scope, "subnet", s.subnetId());
      RouteTable table = explicit.getOrDefault(s.subnetId(), s.vpcId() == null ? null : mainByVpc.get(s.vpcId()));
      TreeSet<String> gateways = new TreeSet<>();
      if (table != null) {
        for (Route r : table.routes()) {
          // A blackhole route points at a deleted gateway and carries no traffic.
          boolean active = r.state() == null || "active".equals(r.stateAsString());
          if (active && r.gatewayId() != null && r.gatewayId().startsWith("igw-")) {
            gateways.add(r.gatewayId());
          }
        }
      }
      Boolean routes = routeTables == null || table == null ? null : !gateways.isEmpty();
      out.node(SubnetSchema.NODE, NodeRecord.of(id, scope)
          .set("subnetId", s.subnetId())
          .set("vpcId", s.vpcId())
          .set("cidrBlock", s.cidrBlock())
          .set("availabilityZone", s.availabilityZone())
          .set("mapPublicIpOnLaunch", s.mapPublicIpOnLaunch())
          .set("routeTableId", table == null ? null : table.routeTableId())
          .set("routesToInternetGateway", routes)
          .set("internetGatewayIds", gateways.isEmpty() ? null : List.copyOf(gateways))
          .set("tags", Ec2Tags.of(s.tags()))
          .build());
      if (s.vpcId() != null) {
        out.rel(SubnetSchema.IN_VPC, RelRecord.of(id, NetworkIds.arn(scope, "vpc", s.vpcId()), scope)
            .withTargetStub(Map.of("vpcId", s.vpcId())));
      }
      facts.put(s.subnetId(), new NetworkView.SubnetFacts(id, s.vpcId(), routes));
    }
    return new Result(out, facts);
  }
}
