package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.CustomJob;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.collectors.gcp.storage.GcsNodes;
import dev.aispm.graph.schema.gcp.vertex.VertexCustomJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;

/**
 * Turns custom jobs into training-job nodes. Vertex AI tells a training container where to put
 * its model through AIP_MODEL_DIR = BASE_OUTPUT_DIRECTORY/model/, which is also the artifact URI
 * a model uploaded from it carries: that folder is the PRODUCED artifact, joining the job to the
 * models and endpoints built from it.
 */
public final class CustomJobTransformer {
  private CustomJobTransformer() {}

  public static WriteBatch transform(List<CustomJob> jobs, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (CustomJob j : jobs) {
      String id = GcpIds.aiplatform(j.getName());
      JobSpecs spec = JobSpecs.of(List.of(j.getJobSpec()));
      NodeRecord.Builder b = spec.properties(NodeRecord.of(id, scope)
          .set("name", GcpIds.nullIfEmpty(j.getDisplayName()))
          .set("location", VertexCommon.location(j.getName()))
          .set("state", j.getState().name()))
          .set("createdAt", VertexCommon.time(j.hasCreateTime(), j.getCreateTime()))
          .set("endedAt", VertexCommon.time(j.hasEndTime(), j.getEndTime()));
      out.node(VertexCustomJobSchema.NODE, VertexCommon.encryption(b, j.hasEncryptionSpec(), j.getEncryptionSpec()).build());
      String written = spec.edges(out, id, VertexCustomJobSchema.RUNS_AS, VertexCustomJobSchema.READS,
          VertexCustomJobSchema.WRITES, scope);
      if (written != null) {
        String artifact = GcsNodes.artifact(out, GcsNodes.folder(spec.output()) + "model/", scope);
        out.rel(VertexCustomJobSchema.PRODUCED, RelRecord.of(id, artifact, scope));
      }
    }
    return out;
  }
}
