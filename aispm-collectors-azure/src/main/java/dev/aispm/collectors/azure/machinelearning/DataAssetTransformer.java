package dev.aispm.collectors.azure.machinelearning;

import static dev.aispm.collectors.azure.arm.Json.bool;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.storage.BlobArtifacts;
import dev.aispm.collectors.azure.storage.BlobLocation;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLDataAssetSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Data asset versions of a workspace: a node per version, {@code READS} the blob prefix its URI
 * resolves to through the workspace's datastores, and the index job inputs are resolved with
 * ({@code NAME:VERSION}, and {@code NAME@latest} for the container's latest version).
 */
public final class DataAssetTransformer {
  /** The version key of {@code azureml:NAME@latest}. */
  static final String LATEST = "@latest";

  private DataAssetTransformer() {}

  /** A data asset version as job inputs see it. */
  public record Asset(String id, String name, String dataUri) {}

  /** One data asset container with its versions. */
  public record Container(JsonNode container, List<JsonNode> versions) {}

  static String key(String name, String version) {
    return name.toLowerCase(Locale.ROOT) + ":" + version.toLowerCase(Locale.ROOT);
  }

  /** Writes the versions and returns them by {@link #key}. */
  public static Map<String, Asset> transform(List<Container> containers, String workspaceId, String workspaceName,
      DatastoreResolver datastores, Map<String, String> accountIds, ScopeKey scope, GraphBatch out) {
    Map<String, Asset> index = new HashMap<>();
    for (Container c : containers) {
      String assetName = text(c.container(), "name");
      String latest = text(c.container(), "properties", "latestVersion");
      if (assetName == null) {
        throw new IllegalStateException("data asset without name: " + text(c.container(), "id"));
      }
      for (JsonNode v : c.versions()) {
        String id = ArmIds.normalize(text(v, "id"));
        String version = text(v, "name");
        if (id == null || version == null) {
          throw new IllegalStateException("data asset version without id or name under " + assetName);
        }
        String dataUri = text(v, "properties", "dataUri");
        Asset asset = new Asset(id, assetName + ":" + version, dataUri);
        index.put(key(assetName, version), asset);
        boolean isLatest = version.equals(latest);
        if (isLatest) {
          index.put(key(assetName, LATEST), asset);
        }
        out.add(AzureMLDataAssetSchema.NODE, NodeRecord.of(id, scope)
            .set("name", asset.name())
            .set("assetName", assetName)
            .set("version", version)
            .set("workspace", workspaceName)
            .set("dataType", text(v, "properties", "dataType"))
            .set("dataUri", dataUri)
            .set("isLatest", latest == null ? null : isLatest)
            .set("isArchived", bool(v, "properties", "isArchived"))
            .build());
        out.link(AzureMLDataAssetSchema.IN_WORKSPACE, RelRecord.of(id, workspaceId, scope));
        BlobLocation location = datastores.resolve(dataUri);
        if (location != null) {
          out.link(AzureMLDataAssetSchema.READS, RelRecord.of(id, BlobArtifacts.prefix(location, accountIds, scope, out), scope));
        }
      }
    }
    return index;
  }
}
