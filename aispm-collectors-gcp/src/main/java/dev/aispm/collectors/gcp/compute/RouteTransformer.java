package dev.aispm.collectors.gcp.compute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.gcp.GcpIds;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which VPC networks route to the internet: those with a route for 0.0.0.0/0 or ::/0 whose next
 * hop is the default internet gateway, the route every new network gets and that makes an
 * instance with an external IP reachable. It is what an AWS subnet's route to an internet gateway
 * says, so the GCP network carries the same {@code routesToInternetGateway} flag. A route limited
 * to network tags still counts: some instances of the network are routed, and the flag errs
 * towards a risk.
 */
public final class RouteTransformer {
  private static final Set<String> DEFAULT_ROUTES = Set.of("0.0.0.0/0", "::/0");

  private RouteTransformer() {}

  /** Names of the networks with a default route to the internet gateway. */
  public static Set<String> internetRoutedNetworks(Iterable<JsonNode> routes) {
    Set<String> out = new TreeSet<>();
    for (JsonNode r : routes) {
      String network = r.path("network").asText("");
      if (network.isEmpty()) {
        throw new IllegalStateException("route without network: " + r.path("name").asText("?"));
      }
      if (DEFAULT_ROUTES.contains(r.path("destRange").asText(""))
          && r.path("nextHopGateway").asText("").endsWith("/global/gateways/default-internet-gateway")) {
        out.add(GcpIds.lastSegment(network));
      }
    }
    return out;
  }

  /** Names of every network a route names: the networks whose routing is known. */
  public static Set<String> networks(Iterable<JsonNode> routes) {
    Set<String> out = new TreeSet<>();
    for (JsonNode r : routes) {
      String network = GcpIds.lastSegment(r.path("network").asText(""));
      if (network != null) {
        out.add(network);
      }
    }
    return out;
  }
}
