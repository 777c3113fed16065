package dev.aispm.collectors.azure.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A VM without a public IP of its own behind the recorded load balancers: the backend ports a
 * public frontend forwards are open only where the security groups on the interface and subnet
 * admit the world on them, and unread load balancers leave its reach unknown.
 */
class LoadBalancedReachabilityTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "33333333-cccc-4ccc-8ccc-333333333333", "global");
  static final String NET = LoadBalancerExposureTest.NET;
  static final String SUBNET = LoadBalancerExposureTest.VNET + "/subnets/serving";
  static final String NSG = NET + "networksecuritygroups/serving-nsg";
  static final String PIP = NET + "publicipaddresses/ai-lb-ip";

  static JsonNode nic(String name, String group, String publicIp) {
    String id = NET + "networkinterfaces/" + name;
    return InterfaceViewTest.json("{'id': '" + id + "', 'properties': {"
        + (group == null ? "" : "'networkSecurityGroup': {'id': '" + group + "'}, ")
        + "'ipConfigurations': [{'id': '" + id + "/ipConfigurations/ipconfig1', 'properties': {'privateIPAddress': "
        + "'10.40.1.4', 'subnet': {'id': '" + SUBNET + "'}"
        + (publicIp == null ? "" : ", 'publicIPAddress': {'id': '" + publicIp + "'}") + "}}]}}");
  }

  /** A group admitting the internet on these TCP ports; none: a group admitting nothing from it. */
  static NodeRecord group(String... ports) {
    StringBuilder rules = new StringBuilder();
    int priority = 100;
    for (String port : ports) {
      rules.append(rules.length() == 0 ? "" : ", ").append("{'name': 'allow-").append(port)
          .append("', 'properties': {'protocol': 'Tcp', 'destinationPortRange': '").append(port)
          .append("', 'sourceAddressPrefix': 'Internet', 'access': 'Allow', 'priority': ").append(priority++)
          .append(", 'direction': 'Inbound'}}");
    }
    JsonNode nsg = InterfaceViewTest.json("{'id': '" + NSG + "', 'name': 'serving-nsg', 'properties': {'securityRules': ["
        + rules + "]}}");
    return SecurityGroupTransformer.transform(List.of(nsg), SCOPE).get(0);
  }

  static NetworkView network(NodeRecord group) {
    NodeRecord subnet = NodeRecord.of(SUBNET, SCOPE).set("networkSecurityGroupId", null).build();
    return new NetworkView(List.of(subnet), group == null ? List.of() : List.of(group), true, true);
  }

  static InterfaceView.Exposure exposure(JsonNode nic, NetworkView network, LoadBalancerExposure lbs) {
    JsonNode ip = InterfaceViewTest.json("{'id': '" + PIP + "', 'sku': {'name': 'Standard'}, 'properties': "
        + "{'ipAddress': '20.50.60.70'}}");
    return new InterfaceView(List.of(nic), List.of(ip), network, lbs).exposure(List.of(nic.get("id").asText()));
  }

  @Test
  void aVmInAPublicPoolIsReachableOnTheBackendPortsItsGroupAdmitsTheWorldOn() {
    InterfaceView.Exposure e = exposure(nic("vllm-01-nic", NSG, null), network(group("8000", "22")),
        LoadBalancerExposureTest.recorded());

    assertThat(e.reachable()).isTrue();
    assertThat(e.publicIpAddresses()).as("the frontend's address is not the VM's own").isEmpty();
    assertThat(e.openPorts()).containsExactlyInAnyOrder("Tcp:8000", "Tcp:22");
    assertThat(e.paths()).singleElement().satisfies(p -> {
      assertThat(p.via()).isEqualTo("loadBalancer");
      assertThat(p.loadBalancerId()).isEqualTo(LoadBalancerExposureTest.LB);
      assertThat(p.frontendIpConfigurationId()).isEqualTo(LoadBalancerExposureTest.LB + "/frontendipconfigurations/public-fe");
      assertThat(p.publicIpAddress()).isEqualTo("20.50.60.70");
      assertThat(p.securityGroupIds()).containsExactly(NSG);
      // 443 -> 8000 by the rule, 50022 -> 22 by the NAT rule; 2222 of the pool NAT rule the group does not admit.
      assertThat(p.ports()).containsExactlyInAnyOrder("Tcp:8000", "Tcp:22");
    });
  }

  @Test
  void aNatRuleAloneOpensItsBackendPort() {
    InterfaceView.Exposure e = exposure(nic("vllm-01-nic", NSG, null), network(group("22")),
        LoadBalancerExposureTest.recorded());
    assertThat(e.reachable()).isTrue();
    assertThat(e.paths()).singleElement().satisfies(p -> assertThat(p.ports()).containsExactly("Tcp:22"));
  }

  @Test
  void aGroupThatDoesNotAdmitTheWorldOnTheBackendPortsKeepsItClosed() {
    InterfaceView.Exposure e = exposure(nic("vllm-01-nic", NSG, null), network(group("8265")),
        LoadBalancerExposureTest.recorded());
    assertThat(e.reachable()).isFalse();
    assertThat(e.paths()).isEmpty();
    assertThat(exposure(nic("vllm-01-nic", NSG, null), network(group()), LoadBalancerExposureTest.recorded())
        .reachable()).isFalse();
  }

  @Test
  void aStandardLoadBalancerAdmitsNothingWithoutAGroupAndABasicOneItsRules() {
    assertThat(exposure(nic("vllm-01-nic", null, null), network(null), LoadBalancerExposureTest.recorded()).reachable())
        .isFalse();
    InterfaceView.Exposure basic = exposure(nic("ray-01-nic", null, null), network(null),
        LoadBalancerExposureTest.recorded());
    assertThat(basic.reachable()).isTrue();
    assertThat(basic.paths()).singleElement().satisfies(p -> {
      assertThat(p.securityGroupIds()).isEmpty();
      assertThat(p.ports()).containsExactly("Tcp:8265", "Udp:4789");
      assertThat(p.publicIpAddress()).as("legacy-lb-ip was not listed").isNull();
    });
    assertThat(InterfaceView.serverPorts(basic.openPorts())).contains("tcp:8265");
  }

  @Test
  void anInternalLoadBalancerIsNoWayIn() {
    assertThat(exposure(nic("mlflow-01-nic", NSG, null), network(group("*")), LoadBalancerExposureTest.recorded())
        .reachable()).isFalse();
  }

  @Test
  void unreadLoadBalancersLeaveAVmWithoutItsOwnPublicIpUnknownAndOneWithItsVerdict() {
    LoadBalancerExposure unread = new LoadBalancerExposure(null);
    assertThat(exposure(nic("vllm-01-nic", NSG, null), network(group("8000")), unread).reachable()).isNull();
    assertThat(exposure(nic("vllm-01-nic", NSG, PIP), network(group("8000")), unread).reachable()).isTrue();
    assertThat(exposure(nic("vllm-01-nic", NSG, PIP), network(group()), unread).reachable()).isFalse();
  }

  @Test
  void anUnreadGroupOnTheWayMakesALoadBalancedVmUnknown() {
    NetworkView unreadGroup = new NetworkView(List.of(NodeRecord.of(SUBNET, SCOPE).set("networkSecurityGroupId", null)
        .build()), List.of(), true, false);
    assertThat(exposure(nic("vllm-01-nic", NSG, null), unreadGroup, LoadBalancerExposureTest.recorded()).reachable())
        .isNull();
    assertThat(exposure(nic("vllm-01-nic", NSG, null), unreadGroup, LoadBalancerExposure.none()).reachable())
        .as("no load balancer and no public IP: nothing comes in whatever the group says").isFalse();
  }
}
