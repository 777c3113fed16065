package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.BatchPredictionJob;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.collectors.gcp.storage.GcsNodes;
import dev.aispm.graph.schema.gcp.vertex.VertexBatchPredictionJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns batch prediction jobs into lineage: the gs:// inputs it READS, the folder it WRITES its
 * predictions to, the account it RUNS_AS and the registry model it USES_MODEL. An input bucket
 * anyone can write is then a path to what the model predicts on, found by the common rules.
 */
public final class BatchPredictionJobTransformer {
  /** A registry model (not a publisher model such as publishers/google/models/gemini-...). */
  private static final Pattern REGISTRY_MODEL = Pattern.compile("projects/[^/]+/locations/[^/]+/models/[^/@]+(@.*)?");

  private BatchPredictionJobTransformer() {}

  public static WriteBatch transform(List<BatchPredictionJob> jobs, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (BatchPredictionJob j : jobs) {
      String id = GcpIds.aiplatform(j.getName());
      String sa = GcpIds.nullIfEmpty(j.getServiceAccount());
      BatchPredictionJob.InputConfig in = j.getInputConfig();
      BatchPredictionJob.OutputConfig o = j.getOutputConfig();
      List<String> inputs = in.hasGcsSource() ? in.getGcsSource().getUrisList() : List.of();
      String output = o.hasGcsDestination() ? GcpIds.nullIfEmpty(o.getGcsDestination().getOutputUriPrefix()) : null;
      String model = GcpIds.nullIfEmpty(j.getModel());
      NodeRecord.Builder b = NodeRecord.of(id, scope)
          .set("name", GcpIds.nullIfEmpty(j.getDisplayName()))
          .set("location", VertexCommon.location(j.getName()))
          .set("state", j.getState().name())
          .set("model", model)
          .set("serviceAccount", sa)
          .set("usesDefaultComputeAccount", GcpIds.isDefaultComputeAccount(sa))
          .set("inputUris", inputs.isEmpty() ? null : List.copyOf(inputs))
          .set("bigqueryInput", in.hasBigquerySource() ? GcpIds.nullIfEmpty(in.getBigquerySource().getInputUri()) : null)
          .set("outputUriPrefix", output)
          .set("bigqueryOutput", o.hasBigqueryDestination()
              ? GcpIds.nullIfEmpty(o.getBigqueryDestination().getOutputUri()) : null)
          .set("createdAt", VertexCommon.time(j.hasCreateTime(), j.getCreateTime()));
      out.node(VertexBatchPredictionJobSchema.NODE,
          VertexCommon.encryption(b, j.hasEncryptionSpec(), j.getEncryptionSpec()).build());
      VertexCommon.runsAs(out, VertexBatchPredictionJobSchema.RUNS_AS, id, sa, scope);
      for (String uri : inputs) {
        // Inputs may carry wildcards (gs://b/in/*.jsonl): the folder before the first one is what is read.
        int star = uri.indexOf('*');
        String prefix = GcsNodes.prefix(out, star < 0 ? uri : uri.substring(0, star), scope);
        if (prefix != null) {
          out.rel(VertexBatchPredictionJobSchema.READS, RelRecord.of(id, prefix, scope));
        }
      }
      String written = output == null ? null : GcsNodes.prefix(out, output, scope);
      if (written != null) {
        out.rel(VertexBatchPredictionJobSchema.WRITES, RelRecord.of(id, written, scope));
      }
      if (model != null && REGISTRY_MODEL.matcher(model).matches()) {
        String registry = VertexCommon.withoutVersion(model);
        out.rel(VertexBatchPredictionJobSchema.USES_MODEL, RelRecord.of(id, GcpIds.aiplatform(registry), scope)
            .withTargetStub(Map.of("name", GcpIds.lastSegment(registry))));
      }
    }
    return out;
  }
}
