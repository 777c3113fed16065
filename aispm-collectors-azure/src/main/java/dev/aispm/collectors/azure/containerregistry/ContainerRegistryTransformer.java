package dev.aispm.collectors.azure.containerregistry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.arm.Json;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;

/** Turns a Microsoft.ContainerRegistry/registries resource into a registry node. */
public final class ContainerRegistryTransformer {
  private ContainerRegistryTransformer() {}

  /**
   * One registry. Absent booleans take the API's documented defaults (admin user and anonymous
   * pull off, public network access on); {@code repositories} is null when the catalog was not read.
   */
  public static NodeRecord transform(JsonNode r, Integer repositories, ScopeKey scope) {
    String id = Json.text(r, "id");
    if (id == null) {
      throw new IllegalStateException("container registry without an id in the list answer");
    }
    JsonNode p = r.path("properties");
    return NodeRecord.of(ArmIds.normalize(id), scope)
        .set("name", Json.text(r, "name"))
        .set("resourceGroup", resourceGroup(id))
        .set("location", Json.text(r, "location"))
        .set("loginServer", Json.text(p, "loginServer"))
        .set("sku", Json.text(r, "sku", "name"))
        .set("adminUserEnabled", p.path("adminUserEnabled").asBoolean(false))
        .set("anonymousPullEnabled", p.path("anonymousPullEnabled").asBoolean(false))
        .set("publicNetworkAccess", p.path("publicNetworkAccess").asText("Enabled"))
        .set("networkDefaultAction", Json.text(p, "networkRuleSet", "defaultAction"))
        .set("dataEndpointEnabled", p.path("dataEndpointEnabled").asBoolean(false))
        .set("repositories", repositories)
        .build();
  }

  private static String resourceGroup(String id) {
    String[] parts = id.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].equalsIgnoreCase("resourceGroups")) {
        return parts[i + 1];
      }
    }
    return null;
  }
}
