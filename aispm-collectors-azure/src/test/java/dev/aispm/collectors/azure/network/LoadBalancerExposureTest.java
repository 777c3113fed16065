package dev.aispm.collectors.azure.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.aispm.collectors.azure.Recorded;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What public load balancers forward to an interface, from a recorded Load Balancers - List All
 * answer written from the Azure REST reference: a Standard public one with a load-balancing rule,
 * a single NAT rule and a pool NAT rule, an internal one, a Basic public one and a Gateway one.
 */
class LoadBalancerExposureTest {
  static final String NET = "/subscriptions/33333333-cccc-4ccc-8ccc-333333333333/resourcegroups/ai-serving/providers/"
      + "microsoft.network/";
  static final String VNET = NET + "virtualnetworks/serving-vnet";
  static final String LB = NET + "loadbalancers/ai-public-lb";

  static LoadBalancerExposure recorded() {
    return new LoadBalancerExposure(Recorded.list("network", "LoadBalancers_ListAll"));
  }

  static String config(String nic) {
    return NET + "networkInterfaces/" + nic + "/ipConfigurations/ipconfig1";
  }

  @Test
  void aPublicFrontendForwardsItsRulesBackendPortsToThePoolAndItsNatRulesBackends() {
    List<LoadBalancerExposure.Forward> forwards = recorded().forwards(config("vllm-01-nic").toUpperCase(), null, null);

    assertThat(forwards).extracting(LoadBalancerExposure.Forward::frontendPorts, LoadBalancerExposure.Forward::backendPort)
        .containsExactlyInAnyOrder(
            tuple("443", "Tcp:8000"),
            tuple("50022", "Tcp:22"),
            tuple("51000-51009", "Tcp:2222"));
    assertThat(forwards).allSatisfy(f -> {
      assertThat(f.loadBalancerId()).isEqualTo(LB);
      assertThat(f.frontendIpConfigurationId()).isEqualTo(LB + "/frontendipconfigurations/public-fe");
      assertThat(f.publicIpAddressId()).isEqualTo(NET + "publicipaddresses/ai-lb-ip");
      assertThat(f.basicSku()).isFalse();
    });
    assertThat(forwards).filteredOn(f -> f.backendPort().equals("Tcp:22")).singleElement()
        .satisfies(f -> assertThat(f.ruleId()).isEqualTo(LB + "/inboundnatrules/ssh-vllm-01"));
  }

  @Test
  void aPoolThatNamesBackendsByAddressMatchesTheAddressInItsNetworkOnly() {
    assertThat(recorded().forwards(config("tgi-02-nic"), "10.40.1.9", VNET))
        .extracting(LoadBalancerExposure.Forward::backendPort).containsExactlyInAnyOrder("Tcp:8000", "Tcp:2222");
    assertThat(recorded().forwards(config("tgi-02-nic"), "10.40.1.9", NET + "virtualnetworks/other")).isEmpty();
    assertThat(recorded().forwards(config("tgi-02-nic"), "10.40.1.10", VNET)).isEmpty();
  }

  @Test
  void internalAndGatewayFrontendsTakeNoInternetTraffic() {
    assertThat(recorded().forwards(config("mlflow-01-nic"), "10.40.0.5", VNET)).isEmpty();
    assertThat(recorded().forwards(config("nva-01-nic"), "10.40.2.5", VNET)).isEmpty();
  }

  @Test
  void aBasicLoadBalancerIsMarkedSoAndAMissingBackendPortIsTheFrontendPort() {
    assertThat(recorded().forwards(config("ray-01-nic"), null, null))
        .extracting(LoadBalancerExposure.Forward::backendPort).containsExactly("Tcp:8265", "Udp:4789");
    assertThat(recorded().forwards(config("ray-01-nic"), null, null))
        .allSatisfy(f -> assertThat(f.basicSku()).isTrue());
  }

  @Test
  void haPortsForwardEveryPortAndProtocol() {
    assertThat(LoadBalancerExposure.ports("All", 0L, 0L)).isEqualTo(new LoadBalancerExposure.Ports("*", "*:*"));
    assertThat(LoadBalancerExposure.ports("All", 53L, 5353L).backend()).isEqualTo("*:5353");
    assertThat(LoadBalancerExposure.ports("tcp", 80L, null).backend()).isEqualTo("Tcp:80");
  }

  @Test
  void unreadLoadBalancersAreUnknownAndNoneForwardNothing() {
    assertThat(new LoadBalancerExposure(null).read()).isFalse();
    assertThat(new LoadBalancerExposure(null).forwards(config("vllm-01-nic"), null, null)).isEmpty();
    assertThat(LoadBalancerExposure.none().read()).isTrue();
    assertThat(LoadBalancerExposure.virtualNetworkOf(VNET + "/subnets/serving")).isEqualTo(VNET);
    assertThat(LoadBalancerExposure.virtualNetworkOf(null)).isNull();
  }
}
