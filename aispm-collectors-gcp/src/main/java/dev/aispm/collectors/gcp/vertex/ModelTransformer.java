package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.Model;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.gcp.storage.GcsNodes;
import dev.aispm.graph.schema.gcp.vertex.VertexModelSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;

/** Turns Model Registry entries into model nodes linked to the gs:// folder they are served from. */
public final class ModelTransformer {
  private ModelTransformer() {}

  public static WriteBatch transform(List<Model> models, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (Model m : models) {
      String id = GcpIds.aiplatform(m.getName());
      NodeRecord.Builder b = NodeRecord.of(id, scope)
          .set("name", GcpIds.nullIfEmpty(m.getDisplayName()))
          .set("versionId", GcpIds.nullIfEmpty(m.getVersionId()))
          .set("artifactUri", GcpIds.nullIfEmpty(m.getArtifactUri()))
          .set("containerImage", m.hasContainerSpec() ? GcpIds.nullIfEmpty(m.getContainerSpec().getImageUri()) : null)
          .set("sourceType", m.hasModelSourceInfo() ? m.getModelSourceInfo().getSourceType().name() : null)
          .set("trainingPipeline", GcpIds.nullIfEmpty(m.getTrainingPipeline()))
          .set("createdAt", VertexCommon.time(m.hasCreateTime(), m.getCreateTime()))
          .set("tags", VertexCommon.labels(m.getLabelsMap()));
      out.node(VertexModelSchema.NODE, VertexCommon.encryption(b, m.hasEncryptionSpec(), m.getEncryptionSpec()).build());
      String artifact = GcsNodes.artifact(out, m.getArtifactUri(), scope);
      if (artifact != null) {
        out.rel(VertexModelSchema.USES_ARTIFACT, RelRecord.of(id, artifact, scope));
      }
    }
    return out;
  }
}
