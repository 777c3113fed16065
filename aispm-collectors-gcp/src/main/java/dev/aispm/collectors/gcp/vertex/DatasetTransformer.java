package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.Dataset;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.gcp.storage.GcsNodes;
import dev.aispm.graph.schema.gcp.vertex.VertexDatasetSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns managed datasets into dataset nodes linked to their gs:// sources, which the dataset's
 * metadata names (inputConfig.gcsSource.uri for tabular and time-series data).
 */
public final class DatasetTransformer {
  private DatasetTransformer() {}

  public static WriteBatch transform(List<Dataset> datasets, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (Dataset d : datasets) {
      String id = GcpIds.aiplatform(d.getName());
      List<String> sources = List.copyOf(VertexCommon.gsUris(d.getMetadata()));
      NodeRecord.Builder b = NodeRecord.of(id, scope)
          .set("name", GcpIds.nullIfEmpty(d.getDisplayName()))
          .set("location", VertexCommon.location(d.getName()))
          .set("metadataSchemaUri", GcpIds.nullIfEmpty(d.getMetadataSchemaUri()))
          .set("sourceUris", sources)
          .set("createdAt", VertexCommon.time(d.hasCreateTime(), d.getCreateTime()));
      out.node(VertexDatasetSchema.NODE, VertexCommon.encryption(b, d.hasEncryptionSpec(), d.getEncryptionSpec()).build());
      for (String uri : sources) {
        String prefix = GcsNodes.prefix(out, uri, scope);
        if (prefix != null) {
          out.rel(VertexDatasetSchema.READS, RelRecord.of(id, prefix, scope));
        }
      }
    }
    return out;
  }

  /** Dataset id (the last segment, as training pipelines name it) to its gs:// sources. */
  public static Map<String, List<String>> sourcesById(List<Dataset> datasets) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Dataset d : datasets) {
      out.put(GcpIds.lastSegment(d.getName()), List.copyOf(VertexCommon.gsUris(d.getMetadata())));
    }
    return out;
  }
}
