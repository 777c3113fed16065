package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.DeployedIndex;
import com.google.cloud.aiplatform.v1.IndexEndpoint;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.gcp.vertex.VertexIndexEndpointSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;

/** Turns Vector Search index endpoints into endpoint nodes; a public endpoint gets the Internet edge. */
public final class IndexEndpointTransformer {
  private IndexEndpointTransformer() {}

  // The deprecated enablePrivateServiceConnect flag is still what endpoints created before
  // privateServiceConnectConfig carry, so both are read.
  @SuppressWarnings("deprecation")
  public static WriteBatch transform(List<IndexEndpoint> endpoints, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (IndexEndpoint e : endpoints) {
      String id = GcpIds.aiplatform(e.getName());
      boolean psc = e.getEnablePrivateServiceConnect()
          || e.hasPrivateServiceConnectConfig() && e.getPrivateServiceConnectConfig().getEnablePrivateServiceConnect();
      boolean open = e.getPublicEndpointEnabled();
      NodeRecord.Builder b = NodeRecord.of(id, scope)
          .set("name", GcpIds.nullIfEmpty(e.getDisplayName()))
          .set("location", VertexCommon.location(e.getName()))
          .set("network", GcpIds.nullIfEmpty(e.getNetwork()))
          .set("privateServiceConnect", psc)
          .set("publicEndpoint", open)
          .set("internetReachable", open)
          .set("deployedIndexes", e.getDeployedIndexesList().stream().map(DeployedIndex::getIndex).toList())
          .set("createdAt", VertexCommon.time(e.hasCreateTime(), e.getCreateTime()));
      out.node(VertexIndexEndpointSchema.NODE, VertexCommon.encryption(b, e.hasEncryptionSpec(), e.getEncryptionSpec()).build());
      if (open) {
        out.node(CommonSchemas.INTERNET, GcpIds.internet());
        out.rel(VertexIndexEndpointSchema.INTERNET_CAN_REACH, RelRecord.of(CommonSchemas.INTERNET_ID, id, scope,
            Map.of("via", "publicEndpoint")));
      }
    }
    return out;
  }
}
