package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.HyperparameterTuningJob;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.schema.gcp.vertex.VertexHyperparameterTuningJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;

/**
 * Turns hyperparameter tuning jobs into training-job nodes from their trial job spec: every trial
 * is a custom job run with it, so the job has the trials' account, network, web access and data.
 * No PRODUCED edge: each trial writes its own model folder (BASE/TRIAL_ID/model/), and which trial
 * became a model is not in the job.
 */
public final class HyperparameterTuningJobTransformer {
  private HyperparameterTuningJobTransformer() {}

  public static WriteBatch transform(List<HyperparameterTuningJob> jobs, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (HyperparameterTuningJob j : jobs) {
      String id = GcpIds.aiplatform(j.getName());
      JobSpecs spec = JobSpecs.of(j.hasTrialJobSpec() ? List.of(j.getTrialJobSpec()) : List.of());
      NodeRecord.Builder b = spec.properties(NodeRecord.of(id, scope)
          .set("name", GcpIds.nullIfEmpty(j.getDisplayName()))
          .set("location", VertexCommon.location(j.getName()))
          .set("state", j.getState().name()))
          .set("trialCount", j.getTrialsCount())
          .set("createdAt", VertexCommon.time(j.hasCreateTime(), j.getCreateTime()));
      out.node(VertexHyperparameterTuningJobSchema.NODE,
          VertexCommon.encryption(b, j.hasEncryptionSpec(), j.getEncryptionSpec()).build());
      spec.edges(out, id, VertexHyperparameterTuningJobSchema.RUNS_AS, VertexHyperparameterTuningJobSchema.READS,
          VertexHyperparameterTuningJobSchema.WRITES, scope);
    }
    return out;
  }
}
