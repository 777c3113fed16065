package dev.aispm.collectors.azure.network;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmIds;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a route table sends a subnet's default traffic: whether 0.0.0.0/0 still leaves by the
 * Internet next hop, or is tunnelled to a virtual appliance, a gateway or nowhere. The common
 * firewall rule reads the answer as the subnet's {@code routesToInternetGateway}, the flag AWS
 * subnets carry, so a world-open security group on a forced-tunnelled subnet is not called
 * internet-facing.
 */
public final class RouteTableTransformer {
  private RouteTableTransformer() {}

  /**
   * Per route table id (lower-cased): true when its default route goes to the Internet next hop,
   * or it has no user default route (Azure's system route 0.0.0.0/0 -> Internet then applies);
   * false when a user route sends 0.0.0.0/0 to a VirtualAppliance, VirtualNetworkGateway or None.
   */
  public static Map<String, Boolean> defaultRouteToInternet(List<JsonNode> tables) {
    Map<String, Boolean> out = new HashMap<>();
    for (JsonNode t : tables) {
      String id = ArmIds.normalize(text(t, "id"));
      if (id == null) {
        continue;
      }
      Boolean internet = Boolean.TRUE;
      for (JsonNode r : t.path("properties").path("routes")) {
        if ("0.0.0.0/0".equals(text(r, "properties", "addressPrefix"))) {
          String hop = text(r, "properties", "nextHopType");
          internet = hop != null && hop.toLowerCase(Locale.ROOT).equals("internet");
        }
      }
      out.put(id, internet);
    }
    return out;
  }
}
