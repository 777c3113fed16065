package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.TuningJob;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.gcp.storage.GcsNodes;
import dev.aispm.graph.schema.gcp.vertex.VertexTuningJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;

/** Turns supervised tuning jobs of foundation models into training-job nodes. */
public final class TuningJobTransformer {
  private TuningJobTransformer() {}

  public static WriteBatch transform(List<TuningJob> jobs, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (TuningJob j : jobs) {
      String id = GcpIds.aiplatform(j.getName());
      String sa = GcpIds.nullIfEmpty(j.getServiceAccount());
      String train = j.hasSupervisedTuningSpec() ? GcpIds.nullIfEmpty(j.getSupervisedTuningSpec().getTrainingDatasetUri()) : null;
      String validation = j.hasSupervisedTuningSpec()
          ? GcpIds.nullIfEmpty(j.getSupervisedTuningSpec().getValidationDatasetUri()) : null;
      NodeRecord.Builder b = NodeRecord.of(id, scope)
          .set("name", GcpIds.nullIfEmpty(j.getTunedModelDisplayName()) != null ? j.getTunedModelDisplayName()
              : GcpIds.lastSegment(j.getName()))
          .set("location", VertexCommon.location(j.getName()))
          .set("state", j.getState().name())
          .set("baseModel", GcpIds.nullIfEmpty(j.getBaseModel()))
          .set("trainingDatasetUri", train)
          .set("validationDatasetUri", validation)
          .set("serviceAccount", sa)
          .set("usesDefaultComputeAccount", GcpIds.isDefaultComputeAccount(sa))
          .set("createdAt", VertexCommon.time(j.hasCreateTime(), j.getCreateTime()))
          .set("endedAt", VertexCommon.time(j.hasEndTime(), j.getEndTime()));
      out.node(VertexTuningJobSchema.NODE, VertexCommon.encryption(b, j.hasEncryptionSpec(), j.getEncryptionSpec()).build());
      VertexCommon.runsAs(out, VertexTuningJobSchema.RUNS_AS, id, sa, scope);
      for (String uri : new String[] {train, validation}) {
        String prefix = GcsNodes.prefix(out, uri, scope);
        if (prefix != null) {
          out.rel(VertexTuningJobSchema.READS, RelRecord.of(id, prefix, scope));
        }
      }
      if (j.hasTunedModel() && !j.getTunedModel().getModel().isEmpty()) {
        // A tuned model is named with its version (models/ID@1); the registry entry is the model without it.
        String model = VertexCommon.withoutVersion(j.getTunedModel().getModel());
        out.rel(VertexTuningJobSchema.PRODUCED, RelRecord.of(id, GcpIds.aiplatform(model), scope)
            .withTargetStub(Map.of("name", GcpIds.lastSegment(model))));
      }
    }
    return out;
  }
}
