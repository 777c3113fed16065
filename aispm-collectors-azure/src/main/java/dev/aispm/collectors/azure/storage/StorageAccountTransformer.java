package dev.aispm.collectors.azure.storage;

import static dev.aispm.collectors.azure.arm.Json.bool;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;

/**
 * Storage account settings as security flags. Two documented defaults apply: an absent
 * {@code allowSharedKeyAccess} means true, and an absent {@code allowBlobPublicAccess} means false
 * (both as the Storage REST reference states), so they are written as such rather than unknown.
 */
public final class StorageAccountTransformer {
  private StorageAccountTransformer() {}

  /**
   * @param blobService the account's blob service answer, or null when it could not be read
   */
  public static NodeRecord transform(JsonNode account, JsonNode blobService, ScopeKey scope) {
    String id = ArmIds.normalize(text(account, "id"));
    Boolean sharedKey = bool(account, "properties", "allowSharedKeyAccess");
    Boolean blobPublic = bool(account, "properties", "allowBlobPublicAccess");
    String keySource = text(account, "properties", "encryption", "keySource");
    return NodeRecord.of(id, scope)
        .set("name", text(account, "name"))
        .set("resourceGroup", ArmIds.resourceGroup(text(account, "id")))
        .set("location", text(account, "location"))
        .set("kind", text(account, "kind"))
        .set("allowBlobPublicAccess", blobPublic == null ? Boolean.FALSE : blobPublic)
        .set("allowSharedKeyAccess", sharedKey == null ? Boolean.TRUE : sharedKey)
        .set("minimumTlsVersion", text(account, "properties", "minimumTlsVersion"))
        .set("httpsOnly", bool(account, "properties", "supportsHttpsTrafficOnly"))
        .set("publicNetworkAccess", text(account, "properties", "publicNetworkAccess"))
        .set("networkDefaultAction", text(account, "properties", "networkAcls", "defaultAction"))
        .set("encryptionKeySource", keySource)
        .set("customerManagedKey", keySource == null ? null : keySource.equalsIgnoreCase("Microsoft.Keyvault"))
        .set("blobSoftDelete", blobService == null ? null
            : enabled(bool(blobService, "properties", "deleteRetentionPolicy", "enabled")))
        .set("containerSoftDelete", blobService == null ? null
            : enabled(bool(blobService, "properties", "containerDeleteRetentionPolicy", "enabled")))
        .set("versioning", blobService == null ? null
            : enabled(bool(blobService, "properties", "isVersioningEnabled")))
        .set("blobEndpoint", text(account, "properties", "primaryEndpoints", "blob"))
        .build();
  }

  /** In a blob service answer an absent policy is an unset one: off. */
  private static Boolean enabled(Boolean value) {
    return value != null && value;
  }
}
