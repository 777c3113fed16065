package dev.aispm.collectors.azure.network;

import static dev.aispm.collectors.azure.arm.Json.bool;
import static dev.aispm.collectors.azure.arm.Json.size;
import static dev.aispm.collectors.azure.arm.Json.text;
import static dev.aispm.collectors.azure.arm.Json.texts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.graph.schema.azure.network.AzureSubnetSchema;
import dev.aispm.graph.schema.azure.network.AzureVirtualNetworkSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;

/**
 * Virtual networks and the subnets the list answer carries inline, with their security groups and
 * whether they route to the internet (the AWS subnet flag the common firewall rule reads).
 */
public final class VirtualNetworkTransformer {
  private VirtualNetworkTransformer() {}

  /** Virtual networks when the route tables were not read: subnets with a table route unknown. */
  public static void transform(List<JsonNode> networks, ScopeKey scope, GraphBatch out) {
    transform(networks, null, scope, out);
  }

  /**
   * @param routes {@link RouteTableTransformer#defaultRouteToInternet} of the subscription's route
   *               tables, or null when they could not be read
   */
  public static void transform(List<JsonNode> networks, Map<String, Boolean> routes, ScopeKey scope, GraphBatch out) {
    for (JsonNode v : networks) {
      String vnetId = ArmIds.normalize(text(v, "id"));
      out.add(AzureVirtualNetworkSchema.NODE, NodeRecord.of(vnetId, scope)
          .set("name", text(v, "name"))
          .set("resourceGroup", ArmIds.resourceGroup(text(v, "id")))
          .set("location", text(v, "location"))
          .set("addressPrefixes", texts(v, "properties", "addressSpace", "addressPrefixes"))
          .build());
      for (JsonNode s : v.path("properties").path("subnets")) {
        String subnetId = ArmIds.normalize(text(s, "id"));
        String nsg = ArmIds.normalize(text(s, "properties", "networkSecurityGroup", "id"));
        Integer endpoints = size(s, "properties", "privateEndpoints");
        String routeTable = ArmIds.normalize(text(s, "properties", "routeTable", "id"));
        out.add(AzureSubnetSchema.NODE, NodeRecord.of(subnetId, scope)
            .set("name", text(s, "name"))
            .set("addressPrefix", text(s, "properties", "addressPrefix"))
            .set("networkSecurityGroupId", nsg)
            .set("privateEndpointCount", endpoints == null ? 0 : endpoints)
            .set("routeTableId", routeTable)
            // Without a route table Azure's system route sends 0.0.0.0/0 to the Internet; a table
            // may override it (forced tunnelling). A table that was not read (or lives in a
            // subscription this scan did not list) leaves it unknown.
            .set("routesToInternetGateway", routeTable == null ? Boolean.TRUE
                : routes == null ? null : routes.get(routeTable))
            .set("defaultOutboundAccess", bool(s, "properties", "defaultOutboundAccess"))
            .build());
        out.link(AzureSubnetSchema.IN_VNET, RelRecord.of(subnetId, vnetId, scope));
        if (nsg != null) {
          out.link(AzureSubnetSchema.HAS_SECURITY_GROUP, RelRecord.of(subnetId, nsg, scope));
        }
      }
    }
  }
}
