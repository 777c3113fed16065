package dev.aispm.collectors.gcp.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.gcp.Recorded;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.gcp.compute.FirewallSchema;
import dev.aispm.graph.schema.gcp.compute.VpcNetworkSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirewallTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("gcp", "acme-vertex-prod", "global");
  static final List<JsonNode> FIREWALLS = Recorded.items("compute/ListFirewalls.json", "items");
  static final List<JsonNode> ROUTES = Recorded.items("compute/ListRoutes.json", "items");

  static NodeRecord network(WriteBatch out, String name) {
    return out.nodes(VpcNetworkSchema.NODE).stream().filter(n -> name.equals(n.properties().get("name")))
        .findFirst().orElseThrow();
  }

  @Test
  void aNetworkWithADefaultRouteToTheInternetGatewayIsRoutedAndOneTunnelledElsewhereIsNot() {
    WriteBatch out = FirewallTransformer.transform(FIREWALLS, Read.of(ROUTES), "acme-vertex-prod", SCOPE);
    assertThat(network(out, "default").properties()).containsEntry("routesToInternetGateway", true);
    assertThat(network(out, "ml-private").properties()).containsEntry("routesToInternetGateway", false);
    // The world-open firewall carries the ports the common firewall rule compares with AI tools.
    assertThat(out.nodes(FirewallSchema.NODE)).anySatisfy(f -> assertThat(f.properties())
        .containsEntry("name", "allow-jupyter-from-anywhere").containsEntry("openToWorld", true)
        .containsEntry("openToWorldPorts", List.of("tcp:22", "tcp:8888")));
    assertThat(FirewallSchema.NODE.labels()).contains("Firewall");
  }

  @Test
  void unreadRoutesLeaveTheFlagUnknown() {
    WriteBatch out = FirewallTransformer.transform(FIREWALLS, Read.unknown(), "acme-vertex-prod", SCOPE);
    assertThat(network(out, "default").properties()).containsEntry("routesToInternetGateway", null);
    assertThat(out.nodes(VpcNetworkSchema.NODE)).hasSize(1);
  }
}
