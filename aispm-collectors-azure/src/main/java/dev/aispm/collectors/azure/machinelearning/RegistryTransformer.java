package dev.aispm.collectors.azure.machinelearning;

import static dev.aispm.collectors.azure.arm.Json.bool;
import static dev.aispm.collectors.azure.arm.Json.size;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLRegistrySchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Registries with their network exposure and the storage and container registries Azure created
 * for them in each region. An absent {@code publicNetworkAccess} is public, the service default.
 */
public final class RegistryTransformer {
  private RegistryTransformer() {}

  public static void transform(List<JsonNode> registries, String tenantId, ScopeKey scope, GraphBatch out) {
    for (JsonNode r : registries) {
      String id = ArmIds.normalize(text(r, "id"));
      JsonNode p = r.path("properties");
      String publicAccess = text(p, "publicNetworkAccess");
      List<String> regions = new ArrayList<>();
      List<String> storage = new ArrayList<>();
      List<String> acrs = new ArrayList<>();
      Boolean blobPublic = Boolean.FALSE;
      for (JsonNode region : p.path("regionDetails")) {
        add(regions, text(region, "location"));
        for (JsonNode s : region.path("storageAccountDetails")) {
          JsonNode created = s.path("systemCreatedStorageAccount");
          add(storage, ArmIds.normalize(text(created, "armResourceId", "resourceId")));
          Boolean anonymous = bool(created, "allowBlobPublicAccess");
          if (Boolean.TRUE.equals(anonymous)) {
            blobPublic = Boolean.TRUE;
          }
        }
        for (JsonNode a : region.path("acrDetails")) {
          add(acrs, ArmIds.normalize(text(a, "systemCreatedAcrAccount", "armResourceId", "resourceId")));
        }
      }
      Integer endpoints = size(p, "registryPrivateEndpointConnections");
      out.add(AzureMLRegistrySchema.NODE, NodeRecord.of(id, scope)
          .set("name", text(r, "name"))
          .set("resourceGroup", ArmIds.resourceGroup(text(r, "id")))
          .set("location", text(r, "location"))
          .set("publicNetworkAccess", publicAccess == null ? "Enabled" : publicAccess)
          .set("publiclyAccessible", publicAccess == null || publicAccess.equalsIgnoreCase("Enabled"))
          .set("regions", regions)
          .set("storageAccountIds", storage)
          .set("storageBlobPublicAccess", blobPublic)
          .set("containerRegistryIds", acrs)
          .set("privateEndpointConnections", endpoints == null ? 0 : endpoints)
          .set("identityType", ResourceIdentity.type(r))
          .build());
      for (ResourceIdentity identity : ResourceIdentity.of(r)) {
        out.link(AzureMLRegistrySchema.RUNS_AS, RelRecord.of(id, ResourceIdentity.nodeId(tenantId, identity.principalId()), scope));
      }
    }
  }

  private static void add(List<String> list, String value) {
    if (value != null && !list.contains(value)) {
      list.add(value);
    }
  }
}
