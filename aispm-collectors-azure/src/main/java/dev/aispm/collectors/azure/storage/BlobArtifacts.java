package dev.aispm.collectors.azure.storage;

import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.graph.schema.azure.storage.AzureBlobModelArtifactSchema;
import dev.aispm.graph.schema.azure.storage.AzureBlobPrefixSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.Map;

/**
 * Writes the blob prefixes and model files that AI assets point at, linked to their container when
 * the container's account is one the scan listed. Only location properties are set here, so the
 * content stage's counts on the same node survive a later inventory scan.
 */
public final class BlobArtifacts {
  private BlobArtifacts() {}

  /** A prefix node for the location; returns its id. */
  public static String prefix(BlobLocation location, Map<String, String> accountIds, ScopeKey scope, GraphBatch out) {
    String id = location.uri();
    out.add(AzureBlobPrefixSchema.NODE, NodeRecord.of(id, scope)
        .set("uri", id)
        .set("storageAccount", location.account())
        .set("container", location.container())
        .set("path", location.path())
        .build());
    String container = location.containerId(accountIds);
    if (container != null) {
      out.link(AzureBlobPrefixSchema.IN_BUCKET, RelRecord.of(id, container, scope));
    }
    return id;
  }

  /** A model-file node for the location; returns its id. */
  public static String artifact(BlobLocation location, Map<String, String> accountIds, ScopeKey scope, GraphBatch out) {
    String id = location.uri();
    out.add(AzureBlobModelArtifactSchema.NODE, NodeRecord.of(id, scope)
        .set("uri", id)
        .set("storageAccount", location.account())
        .set("container", location.container())
        .set("path", location.path())
        .build());
    String container = location.containerId(accountIds);
    if (container != null) {
      out.link(AzureBlobModelArtifactSchema.IN_BUCKET, RelRecord.of(id, container, scope));
    }
    return id;
  }
}
