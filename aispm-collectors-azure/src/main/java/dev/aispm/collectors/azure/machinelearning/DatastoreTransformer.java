package dev.aispm.collectors.azure.machinelearning;

import static dev.aispm.collectors.azure.arm.Json.bool;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.storage.BlobLocation;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLDatastoreSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Datastores with the credential the workspace keeps for them. Returns each blob datastore's
 * container so that job and model URIs naming the datastore can be resolved to storage.
 */
public final class DatastoreTransformer {
  private DatastoreTransformer() {}

  public static Map<String, BlobLocation> transform(List<JsonNode> datastores, String workspaceId, String workspaceName,
      Map<String, String> accountIds, ScopeKey scope, GraphBatch out) {
    Map<String, BlobLocation> byName = new HashMap<>();
    for (JsonNode d : datastores) {
      String id = ArmIds.normalize(text(d, "id"));
      JsonNode p = d.path("properties");
      String type = text(p, "datastoreType");
      String account = text(p, "accountName");
      String container = text(p, "containerName") != null ? text(p, "containerName") : text(p, "filesystem");
      String credentials = text(p, "credentials", "credentialsType");
      out.add(AzureMLDatastoreSchema.NODE, NodeRecord.of(id, scope)
          .set("name", text(d, "name"))
          .set("workspace", workspaceName)
          .set("datastoreType", type)
          .set("accountName", account)
          .set("containerName", container)
          .set("credentialsType", credentials)
          .set("sharedKeyCredential", credentials == null ? null
              : credentials.equalsIgnoreCase("AccountKey") || credentials.equalsIgnoreCase("Sas"))
          .set("isDefault", bool(p, "isDefault"))
          .set("serviceDataAccessAuthIdentity", text(p, "serviceDataAccessAuthIdentity"))
          .build());
      out.link(AzureMLDatastoreSchema.IN_WORKSPACE, RelRecord.of(id, workspaceId, scope));
      if (account != null && container != null
          && ("AzureBlob".equalsIgnoreCase(type) || "AzureDataLakeGen2".equalsIgnoreCase(type))) {
        BlobLocation location = new BlobLocation(account, container, "");
        byName.put(text(d, "name").toLowerCase(Locale.ROOT), location);
        String containerId = location.containerId(accountIds);
        if (containerId != null) {
          out.link(AzureMLDatastoreSchema.POINTS_TO, RelRecord.of(id, containerId, scope));
        }
      }
    }
    return byName;
  }
}
