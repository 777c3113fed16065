package dev.aispm.collectors.azure.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A VM's way in: the groups on its interface and subnet, its public IP and that IP's SKU. */
class InterfaceViewTest {
  static final String NIC = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic";
  static final String PIP = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/ip";
  static final String SUBNET = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a";

  static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static JsonNode nic(boolean publicIp) {
    return json("{'id': '" + NIC + "', 'properties': {'ipConfigurations': [{'properties': {'subnet': {'id': '" + SUBNET
        + "'}" + (publicIp ? ", 'publicIPAddress': {'id': '" + PIP + "'}" : "") + "}}]}}");
  }

  static JsonNode publicIp(String sku) {
    return json("{'id': '" + PIP + "', 'sku': {'name': '" + sku + "'}, 'properties': {'ipAddress': '198.51.100.7'}}");
  }

  /** A subnet without a security group. */
  static NetworkView bareSubnet() {
    return new NetworkView(List.of(dev.aispm.graph.write.NodeRecord.of(SUBNET.toLowerCase(),
        new dev.aispm.graph.write.ScopeKey("azure", "s", "global")).set("networkSecurityGroupId", null).build()),
        List.of(), true, true);
  }

  @Test
  void aBasicPublicIpNoGroupFiltersIsOpenAndAStandardOneIsClosed() {
    InterfaceView basic = new InterfaceView(List.of(nic(true)), List.of(publicIp("Basic")), bareSubnet());
    InterfaceView.Exposure open = basic.exposure(List.of(NIC));
    assertThat(open.reachable()).isTrue();
    assertThat(open.openPorts()).containsExactly("*:*");
    assertThat(open.paths()).singleElement().satisfies(p -> assertThat(p.via()).isEqualTo("noSecurityGroup"));

    InterfaceView standard = new InterfaceView(List.of(nic(true)), List.of(publicIp("Standard")), bareSubnet());
    assertThat(standard.exposure(List.of(NIC)).reachable()).isFalse();
    assertThat(standard.exposure(List.of(NIC)).openPorts()).isEmpty();
  }

  @Test
  void withoutAPublicIpNothingReachesItAndUnreadFactsAreUnknown() {
    assertThat(new InterfaceView(List.of(nic(false)), List.of(), bareSubnet()).exposure(List.of(NIC)).reachable())
        .isFalse();
    assertThat(new InterfaceView(List.of(nic(true)), null, bareSubnet()).exposure(List.of(NIC)).reachable())
        .as("SKU unknown").isNull();
    assertThat(new InterfaceView(null, List.of(), bareSubnet()).exposure(List.of(NIC)).reachable()).isNull();
    assertThat(new InterfaceView(List.of(nic(true)), List.of(publicIp("Basic")), NetworkView.unknown())
        .exposure(List.of(NIC)).reachable()).as("subnet unknown").isNull();
    assertThat(new InterfaceView(List.of(), List.of(), bareSubnet()).exposure(List.of(NIC)).reachable())
        .as("an interface the listing did not return").isNull();
  }

  @Test
  void aPortIsOpenOnlyWhereEveryGroupOnThePathOpensIt() {
    assertThat(InterfaceView.intersect(List.of("Tcp:8265", "Tcp:22"), List.of("*:*"))).containsExactly("Tcp:8265", "Tcp:22");
    assertThat(InterfaceView.intersect(List.of("Tcp:8000-9000"), List.of("Tcp:8265", "Udp:8500")))
        .containsExactly("Tcp:8265");
    assertThat(InterfaceView.intersect(List.of("Tcp:8888"), List.of("Tcp:8265"))).isEmpty();
    assertThat(InterfaceView.intersect(List.of("*:*"), List.of("*:*"))).containsExactly("*:*");
    assertThat(InterfaceView.intersect(List.of("Tcp:bad"), List.of("*:*"))).isEmpty();
  }

  @Test
  void portsReadAsTheServerRecogniserExpects() {
    assertThat(InterfaceView.serverPorts(List.of("Tcp:8265", "*:*", "Tcp:*", "*:11434", "Udp:53", "junk")))
        .containsExactly("tcp:8265", "all:all", "tcp:all", "tcp:11434", "udp:53");
  }
}
