package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.CustomJobSpec;
import com.google.cloud.aiplatform.v1.NasJob;
import com.google.cloud.aiplatform.v1.NasJobSpec;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.schema.gcp.vertex.VertexNasJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Neural Architecture Search jobs into training-job nodes from their search-trial and
 * train-trial job specs (the multi-trial algorithm, the only one v1 defines). The search space
 * itself is a serialized model description and is not stored.
 */
public final class NasJobTransformer {
  private NasJobTransformer() {}

  public static WriteBatch transform(List<NasJob> jobs, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (NasJob j : jobs) {
      String id = GcpIds.aiplatform(j.getName());
      NasJobSpec ns = j.getNasJobSpec();
      List<CustomJobSpec> specs = new ArrayList<>();
      if (ns.hasMultiTrialAlgorithmSpec()) {
        NasJobSpec.MultiTrialAlgorithmSpec m = ns.getMultiTrialAlgorithmSpec();
        if (m.hasSearchTrialSpec() && m.getSearchTrialSpec().hasSearchTrialJobSpec()) {
          specs.add(m.getSearchTrialSpec().getSearchTrialJobSpec());
        }
        if (m.hasTrainTrialSpec() && m.getTrainTrialSpec().hasTrainTrialJobSpec()) {
          specs.add(m.getTrainTrialSpec().getTrainTrialJobSpec());
        }
      }
      JobSpecs spec = JobSpecs.of(specs);
      NodeRecord.Builder b = spec.properties(NodeRecord.of(id, scope)
          .set("name", GcpIds.nullIfEmpty(j.getDisplayName()))
          .set("location", VertexCommon.location(j.getName()))
          .set("state", j.getState().name()))
          .set("serviceAccounts", spec.serviceAccounts())
          .set("searchSpaceSpec", !ns.getSearchSpaceSpec().isEmpty())
          .set("restrictedImageTraining", j.getEnableRestrictedImageTraining())
          .set("createdAt", VertexCommon.time(j.hasCreateTime(), j.getCreateTime()));
      out.node(VertexNasJobSchema.NODE, VertexCommon.encryption(b, j.hasEncryptionSpec(), j.getEncryptionSpec()).build());
      spec.edges(out, id, VertexNasJobSchema.RUNS_AS, VertexNasJobSchema.READS, VertexNasJobSchema.WRITES, scope);
    }
    return out;
  }
}
