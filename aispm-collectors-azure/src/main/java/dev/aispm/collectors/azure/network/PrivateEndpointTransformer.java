package dev.aispm.collectors.azure.network;

import static dev.aispm.collectors.azure.arm.Json.text;
import static dev.aispm.collectors.azure.arm.Json.texts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.network.AzurePrivateEndpointSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Private endpoints: the subnet each one sits in and the resource each of its connections reaches
 * (automatic {@code privateLinkServiceConnections} and {@code manualPrivateLinkServiceConnections}),
 * with the connection state. AI accounts, Azure ML workspaces and storage accounts get a
 * {@code PRIVATE_LINK_TO} edge; other targets stay a property, as they are not in the graph.
 */
public final class PrivateEndpointTransformer {
  private PrivateEndpointTransformer() {}

  public static void transform(List<JsonNode> endpoints, ScopeKey scope, GraphBatch out) {
    for (JsonNode e : endpoints) {
      String id = ArmIds.normalize(text(e, "id"));
      if (id == null) {
        throw new IllegalStateException("private endpoint without id");
      }
      String subnet = ArmIds.normalize(text(e, "properties", "subnet", "id"));
      List<String> targets = new ArrayList<>();
      Set<String> groups = new LinkedHashSet<>();
      List<String> states = new ArrayList<>();
      boolean approved = false;
      boolean manual = false;
      for (String field : List.of("privateLinkServiceConnections", "manualPrivateLinkServiceConnections")) {
        for (JsonNode c : e.path("properties").path(field)) {
          String target = ArmIds.normalize(text(c, "properties", "privateLinkServiceId"));
          String status = text(c, "properties", "privateLinkServiceConnectionState", "status");
          List<String> groupIds = texts(c, "properties", "groupIds");
          manual |= field.startsWith("manual");
          approved |= "Approved".equalsIgnoreCase(status);
          groups.addAll(groupIds);
          states.add(status == null ? "Unknown" : status);
          if (target == null) {
            continue;
          }
          targets.add(target);
          RelSchema link = link(target);
          if (link != null) {
            out.link(link, RelRecord.of(id, target, scope, Map.of("status", status == null ? "Unknown" : status,
                "groupIds", groupIds)));
          }
        }
      }
      out.add(AzurePrivateEndpointSchema.NODE, NodeRecord.of(id, scope)
          .set("name", text(e, "name"))
          .set("resourceGroup", ArmIds.resourceGroup(text(e, "id")))
          .set("location", text(e, "location"))
          .set("subnetId", subnet)
          .set("targetIds", targets)
          .set("groupIds", List.copyOf(groups))
          .set("connectionStates", states)
          .set("approved", approved)
          .set("manualApproval", manual)
          .build());
      if (subnet != null) {
        out.link(AzurePrivateEndpointSchema.IN_SUBNET, RelRecord.of(id, subnet, scope));
      }
    }
  }

  /** The edge type for a target resource id, or null for a resource type the graph does not hold. */
  static RelSchema link(String target) {
    if (target.contains("/providers/microsoft.cognitiveservices/accounts/")) {
      return AzurePrivateEndpointSchema.LINKS_ACCOUNT;
    }
    if (target.contains("/providers/microsoft.machinelearningservices/workspaces/")) {
      return AzurePrivateEndpointSchema.LINKS_WORKSPACE;
    }
    if (target.contains("/providers/microsoft.storage/storageaccounts/")) {
      return AzurePrivateEndpointSchema.LINKS_STORAGE;
    }
    return null;
  }
}
