package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.FeatureOnlineStore;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.gcp.vertex.VertexFeatureOnlineStoreSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;

/** Turns Feature Store online stores into feature-store nodes with their serving exposure. */
public final class FeatureOnlineStoreTransformer {
  private FeatureOnlineStoreTransformer() {}

  public static WriteBatch transform(List<FeatureOnlineStore> stores, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (FeatureOnlineStore s : stores) {
      String id = GcpIds.aiplatform(s.getName());
      FeatureOnlineStore.DedicatedServingEndpoint d = s.getDedicatedServingEndpoint();
      boolean psc = s.hasDedicatedServingEndpoint() && d.hasPrivateServiceConnectConfig()
          && d.getPrivateServiceConnectConfig().getEnablePrivateServiceConnect();
      NodeRecord.Builder b = NodeRecord.of(id, scope)
          .set("name", GcpIds.lastSegment(s.getName()))
          .set("location", VertexCommon.location(s.getName()))
          .set("state", s.getState().name())
          .set("storageType", s.hasBigtable() ? "bigtable" : s.hasOptimized() ? "optimized" : null)
          .set("privateServiceConnect", psc)
          .set("publicEndpoint", s.hasDedicatedServingEndpoint() && !psc && !d.getPublicEndpointDomainName().isEmpty())
          .set("createdAt", VertexCommon.time(s.hasCreateTime(), s.getCreateTime()));
      out.node(VertexFeatureOnlineStoreSchema.NODE,
          VertexCommon.encryption(b, s.hasEncryptionSpec(), s.getEncryptionSpec()).build());
    }
    return out;
  }
}
