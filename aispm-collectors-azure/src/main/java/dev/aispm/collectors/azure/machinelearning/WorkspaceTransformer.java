package dev.aispm.collectors.azure.machinelearning;

import static dev.aispm.collectors.azure.arm.Json.bool;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLWorkspaceSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;

/**
 * Workspaces with their exposure and encryption. {@code publicNetworkAccess} absent means
 * Enabled (the API's default); {@code encryption} absent means Microsoft-managed keys.
 */
public final class WorkspaceTransformer {
  private WorkspaceTransformer() {}

  public static void transform(JsonNode ws, String tenantId, ScopeKey scope, GraphBatch out) {
    String id = ArmIds.normalize(text(ws, "id"));
    JsonNode p = ws.path("properties");
    String publicAccess = text(p, "publicNetworkAccess");
    String cmkStatus = text(p, "encryption", "status");
    String hub = ArmIds.normalize(text(p, "hubResourceId"));
    String storage = ArmIds.normalize(text(p, "storageAccount"));
    out.add(AzureMLWorkspaceSchema.NODE, NodeRecord.of(id, scope)
        .set("name", text(ws, "name"))
        .set("resourceGroup", ArmIds.resourceGroup(text(ws, "id")))
        .set("location", text(ws, "location"))
        .set("kind", text(ws, "kind") == null ? "Default" : text(ws, "kind"))
        .set("hubResourceId", hub)
        .set("publicNetworkAccess", publicAccess == null ? "Enabled" : publicAccess)
        .set("publiclyAccessible", publicAccess == null || publicAccess.equalsIgnoreCase("Enabled"))
        .set("isolationMode", text(p, "managedNetwork", "isolationMode"))
        .set("customerManagedKey", cmkStatus != null && cmkStatus.equalsIgnoreCase("Enabled"))
        .set("keyVaultKeyId", text(p, "encryption", "keyVaultProperties", "keyIdentifier"))
        .set("storageAccountId", storage)
        .set("keyVaultId", ArmIds.normalize(text(p, "keyVault")))
        .set("containerRegistryId", ArmIds.normalize(text(p, "containerRegistry")))
        .set("hbiWorkspace", bool(p, "hbiWorkspace"))
        .set("identityType", ResourceIdentity.type(ws))
        .build());
    for (ResourceIdentity identity : ResourceIdentity.of(ws)) {
      out.link(AzureMLWorkspaceSchema.RUNS_AS, RelRecord.of(id, ResourceIdentity.nodeId(tenantId, identity.principalId()), scope));
    }
    if (storage != null) {
      out.link(AzureMLWorkspaceSchema.USES_STORAGE, RelRecord.of(id, storage, scope));
    }
    if (hub != null) {
      out.link(AzureMLWorkspaceSchema.IN_HUB, RelRecord.of(id, hub, scope));
    }
  }
}
