package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.Featurestore;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.schema.gcp.vertex.VertexFeaturestoreSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;

/**
 * Turns legacy feature stores into feature-store nodes. Online serving is on when the store has
 * fixed nodes or an autoscaling range; zero fixed nodes and no scaling mean offline only.
 */
public final class FeaturestoreTransformer {
  private FeaturestoreTransformer() {}

  public static WriteBatch transform(List<Featurestore> stores, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (Featurestore s : stores) {
      String id = GcpIds.aiplatform(s.getName());
      Featurestore.OnlineServingConfig c = s.getOnlineServingConfig();
      boolean scaling = s.hasOnlineServingConfig() && c.hasScaling();
      int nodes = scaling ? c.getScaling().getMinNodeCount() : c.getFixedNodeCount();
      NodeRecord.Builder b = NodeRecord.of(id, scope)
          .set("name", GcpIds.lastSegment(s.getName()))
          .set("location", VertexCommon.location(s.getName()))
          .set("state", s.getState().name())
          .set("onlineServing", scaling || nodes > 0)
          .set("onlineServingNodes", nodes)
          .set("onlineServingMaxNodes", scaling ? c.getScaling().getMaxNodeCount() : null)
          .set("onlineStorageTtlDays", s.getOnlineStorageTtlDays() > 0 ? s.getOnlineStorageTtlDays() : null)
          .set("createdAt", VertexCommon.time(s.hasCreateTime(), s.getCreateTime()));
      out.node(VertexFeaturestoreSchema.NODE, VertexCommon.encryption(b, s.hasEncryptionSpec(), s.getEncryptionSpec()).build());
    }
    return out;
  }
}
