package dev.aispm.collectors.azure.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.graph.schema.azure.network.AzureSubnetSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTransformersTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "11111111-aaaa-4aaa-8aaa-111111111111", "global");

  static NodeRecord group(List<NodeRecord> groups, String name) {
    return groups.stream().filter(g -> name.equals(g.properties().get("name"))).findFirst().orElseThrow();
  }

  @Test
  void higherPriorityDenyRulesFromTheWorldCloseThePortsOfLaterAllowRules() {
    List<NodeRecord> groups = SecurityGroupTransformer.transform(
        Recorded.list("network", "NetworkSecurityGroups_ListAll"), SCOPE);

    // Deny Internet:8888 at 100 cuts Jupyter's port out of the Allow 8000-9000 at 200.
    assertThat(group(groups, "deny-jupyter-first").properties()).containsEntry("openToWorld", true)
        .containsEntry("openToWorldPorts", List.of("Tcp:8000-8887", "Tcp:8889-9000"))
        .containsEntry("openToWorldRules", List.of("allow-tools"));
    // Deny everything first: the later Allow from the Internet never matches.
    assertThat(group(groups, "deny-all-first").properties()).containsEntry("openToWorld", false)
        .containsEntry("openToWorldPorts", List.of());
    // A Deny from one range leaves the port open to the rest of the world.
    assertThat(group(groups, "narrow-deny").properties()).containsEntry("openToWorldPorts", List.of("Tcp:22"));
    // Port lists, 0.0.0.0/0 among the source prefixes; a Deny of lower priority and egress rules do not count.
    assertThat(group(groups, "ranges-and-egress").properties())
        .containsEntry("openToWorldPorts", List.of("Tcp:22", "Tcp:3389"));
    // The default rules admit only the virtual network and the load balancer.
    assertThat(group(groups, "closed").properties()).containsEntry("openToWorld", false);
  }

  @Test
  void portRangesSubtract() {
    assertThat(SecurityGroupTransformer.minus(List.of(new int[] {0, 65535}), List.of(new int[] {22, 22}, new int[] {80, 443})))
        .extracting(SecurityGroupTransformer::range).containsExactly("0-21", "23-79", "444-65535");
    assertThat(SecurityGroupTransformer.minus(List.of(new int[] {22, 22}), List.of(new int[] {0, 65535}))).isEmpty();
    assertThat(SecurityGroupTransformer.merge(List.of(new int[] {3389, 3389}, new int[] {22, 22}, new int[] {23, 30})))
        .extracting(SecurityGroupTransformer::range).containsExactly("22-30", "3389");
  }

  @Test
  void aSubnetWithoutRouteTableRoutesToTheInternetAndOneWithATableIsUnknown() {
    GraphBatch out = new GraphBatch();
    VirtualNetworkTransformer.transform(Recorded.list("network", "VirtualNetworks_ListAll"), SCOPE, out);
    List<NodeRecord> subnets = out.nodes(AzureSubnetSchema.NODE);
    assertThat(group(subnets, "compute").properties()).containsEntry("routesToInternetGateway", true)
        .containsEntry("routeTableId", null);
    assertThat(group(subnets, "tunnelled").properties()).containsEntry("routesToInternetGateway", null)
        .containsEntry("routeTableId",
            "/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/network-prod/providers/microsoft.network/routetables/to-firewall");
    assertThat(out.rels(AzureSubnetSchema.HAS_SECURITY_GROUP)).hasSize(1);
  }

  @Test
  void aDefaultRouteToAnApplianceIsTunnelledAndOneToTheInternetOrNoneIsNot() {
    var routes = RouteTableTransformer.defaultRouteToInternet(Recorded.list("network", "RouteTables_ListAll"));
    String base = "/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/network-prod/providers/microsoft.network/routetables/";
    assertThat(routes).containsEntry(base + "to-firewall", false)
        .containsEntry(base + "internet-egress", true)
        // Only a spoke route: Azure's system route still sends 0.0.0.0/0 to the Internet.
        .containsEntry(base + "spokes-only", true);

    GraphBatch out = new GraphBatch();
    VirtualNetworkTransformer.transform(Recorded.list("network", "VirtualNetworks_ListAll"), routes, SCOPE, out);
    List<NodeRecord> subnets = out.nodes(AzureSubnetSchema.NODE);
    assertThat(group(subnets, "tunnelled").properties()).containsEntry("routesToInternetGateway", false);
    assertThat(group(subnets, "compute").properties()).containsEntry("routesToInternetGateway", true);
  }
}
