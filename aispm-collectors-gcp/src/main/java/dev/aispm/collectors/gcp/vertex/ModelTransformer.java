package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.Model;
import com.google.cloud.aiplatform.v1.EnvVar;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.gcp.storage.GcsNodes;
import dev.aispm.graph.schema.gcp.vertex.VertexModelSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
          .set("tags", VertexCommon.labels(m.getLabelsMap()))
          .properties(n -> SettingSecrets.write(n, SettingSecrets.report(containerEnvironment(m),
              "vertex model " + m.getDisplayName() + " environment")));
      out.node(VertexModelSchema.NODE, VertexCommon.encryption(b, m.hasEncryptionSpec(), m.getEncryptionSpec()).build());
      String artifact = GcsNodes.artifact(out, m.getArtifactUri(), scope);
      if (artifact != null) {
        out.rel(VertexModelSchema.USES_ARTIFACT, RelRecord.of(id, artifact, scope));
      }
    }
    return out;
  }

  /** The serving container's env var values, named {@code containerSpec.env.NAME}, for the secret scanner only. */
  static Map<String, String> containerEnvironment(Model m) {
    Map<String, String> out = new LinkedHashMap<>();
    for (EnvVar e : m.getContainerSpec().getEnvList()) {
      out.put("containerSpec.env." + e.getName(), e.getValue());
    }
    return out;
  }
}
