package dev.aispm.collectors.aws.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.RecordedAnswersAccess;
import dev.aispm.graph.schema.aws.ec2.SecurityGroupSchema;
import dev.aispm.graph.schema.aws.ec2.SubnetSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;

/** Subnet routing, world-open groups and the reachability decision, on recorded EC2 answers. */
class NetworkTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");

  static List<Subnet> subnets() {
    try (Ec2Client c = RecordedAnswersAccess.ec2("ec2/DescribeSubnets.xml")) {
      return NetworkFetcher.subnets(c);
    }
  }

  static List<RouteTable> routeTables() {
    try (Ec2Client c = RecordedAnswersAccess.ec2("ec2/DescribeRouteTables.xml")) {
      return NetworkFetcher.routeTables(c);
    }
  }

  static List<SecurityGroup> groups() {
    try (Ec2Client c = RecordedAnswersAccess.ec2("ec2/DescribeSecurityGroups.xml")) {
      return NetworkFetcher.securityGroups(c);
    }
  }

  static Map<String, NodeRecord> byId(List<NodeRecord> nodes, String idProperty) {
    return nodes.stream().collect(Collectors.toMap(n -> (String) n.properties().get(idProperty), Function.identity()));
  }

  @Test
  void explicitAssociationWinsOverTheMainTableAndBlackholesDoNotCount() {
    SubnetTransformer.Result r = SubnetTransformer.transform(subnets(), routeTables(), SCOPE);
    Map<String, NodeRecord> s = byId(r.records().nodes(SubnetSchema.NODE), "subnetId");

    assertThat(s).as("a subnet without an id is skipped").containsOnlyKeys("subnet-public", "subnet-main",
        "subnet-orphan");
    assertThat(s.get("subnet-public").properties()).containsEntry("routesToInternetGateway", true)
        .containsEntry("internetGatewayIds", List.of("igw-a")).containsEntry("routeTableId", "rtb-public")
        .containsEntry("mapPublicIpOnLaunch", true).containsEntry("tags", List.of("Name=public-a"));
    assertThat(s.get("subnet-main").properties()).as("main table: NAT route and a blackhole IGW route")
        .containsEntry("routesToInternetGateway", false).containsEntry("routeTableId", "rtb-main");
    assertThat(s.get("subnet-main").id()).as("ARN built when the answer has none")
        .isEqualTo("arn:aws:ec2:us-east-1:111111111111:subnet/subnet-main");
    assertThat(s.get("subnet-orphan").properties()).as("no table found for its VPC: unknown, not false")
        .containsEntry("routesToInternetGateway", null);
    assertThat(r.records().rels(SubnetSchema.IN_VPC)).hasSize(3);
  }

  @Test
  void unreadRouteTablesLeaveRoutingUnknown() {
    SubnetTransformer.Result r = SubnetTransformer.transform(subnets(), null, SCOPE);
    assertThat(r.records().nodes(SubnetSchema.NODE))
        .allSatisfy(n -> assertThat(n.properties()).containsEntry("routesToInternetGateway", null));
    assertThat(r.facts().get("subnet-public").routesToInternetGateway()).isNull();
  }

  @Test
  void worldOpenRulesAreNamedByProtocolAndPorts() {
    SecurityGroupTransformer.Result r = SecurityGroupTransformer.transform(groups(), SCOPE);
    Map<String, NodeRecord> g = byId(r.records().nodes(SecurityGroupSchema.NODE), "groupId");

    assertThat(g).containsOnlyKeys("sg-world", "sg-peer");
    assertThat(g.get("sg-world").properties()).containsEntry("openToWorld", true)
        .containsEntry("openToWorldPorts", List.of("all:all", "icmp:all", "tcp:1024-2048", "tcp:443"))
        .containsEntry("ingressRuleCount", 4);
    assertThat(g.get("sg-peer").properties()).as("another group and a private range are not the world")
        .containsEntry("openToWorld", false).containsEntry("openToWorldPorts", null).containsEntry("vpcId", null);
    assertThat(r.records().rels(SecurityGroupSchema.IN_VPC)).hasSize(1);
  }

  @Test
  void reachabilityNeedsBothAnInternetRouteAndAWorldOpenGroup() {
    NetworkView view = new NetworkView(SubnetTransformer.transform(subnets(), routeTables(), SCOPE).facts(),
        SecurityGroupTransformer.transform(groups(), SCOPE).facts(), true, true);

    NetworkView.Exposure open = view.exposure(List.of("subnet-main", "subnet-public"), List.of("sg-peer", "sg-world"));
    assertThat(open.reachable()).isTrue();
    assertThat(open.subnetId()).isEqualTo("subnet-public");
    assertThat(open.groupId()).isEqualTo("sg-world");
    assertThat(open.ports()).contains("all:all");

    assertThat(view.exposure(List.of("subnet-main"), List.of("sg-world")).reachable()).as("no internet route").isFalse();
    assertThat(view.exposure(List.of("subnet-public"), List.of("sg-peer")).reachable()).as("no open group").isFalse();
    assertThat(view.exposure(List.of("subnet-orphan"), List.of("sg-world")).reachable()).as("routing unknown").isNull();
    assertThat(view.exposure(List.of("subnet-public"), List.of("sg-unlisted")).reachable()).as("group unknown").isNull();
    assertThat(view.exposure(List.of("subnet-orphan"), List.of("sg-peer")).reachable())
        .as("a known closed group settles it even with routing unknown").isFalse();
    assertThat(NetworkView.unknown().exposure(List.of("subnet-public"), List.of("sg-world")).reachable()).isNull();
  }
}
