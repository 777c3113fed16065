package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.TrainingPipeline;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.gcp.storage.GcsNodes;
import dev.aispm.graph.schema.gcp.vertex.VertexTrainingPipelineSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns training pipelines into training-job nodes. A custom-task pipeline carries its service
 * account, network, web access and worker pool containers inside trainingTaskInputs (the
 * CustomJobSpec as JSON); an AutoML pipeline has none of them, so those flags stay unset rather
 * than false. The images it names (its workers' and the uploaded model's serving container) are
 * recorded for the registry scan and the link step, like a custom job's.
 */
public final class TrainingPipelineTransformer {
  private TrainingPipelineTransformer() {}

  public static WriteBatch transform(List<TrainingPipeline> pipelines, Map<String, List<String>> datasetSources,
      ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (TrainingPipeline p : pipelines) {
      String id = GcpIds.aiplatform(p.getName());
      boolean custom = p.getTrainingTaskDefinition().contains("custom_task");
      Struct inputs = p.getTrainingTaskInputs().getStructValue();
      String sa = custom ? VertexCommon.string(inputs, "serviceAccount") : null;
      Value web = inputs.getFieldsMap().get("enableWebAccess");
      String datasetId = p.hasInputDataConfig() ? GcpIds.nullIfEmpty(p.getInputDataConfig().getDatasetId()) : null;
      NodeRecord.Builder b = NodeRecord.of(id, scope)
          .set("name", GcpIds.nullIfEmpty(p.getDisplayName()))
          .set("location", VertexCommon.location(p.getName()))
          .set("state", p.getState().name())
          .set("trainingTaskDefinition", GcpIds.nullIfEmpty(p.getTrainingTaskDefinition()))
          .set("datasetId", datasetId)
          .set("serviceAccount", sa)
          .set("usesDefaultComputeAccount", custom ? GcpIds.isDefaultComputeAccount(sa) : null)
          .set("enableWebAccess", !custom ? null : web != null && web.getBoolValue())
          .set("network", custom ? VertexCommon.string(inputs, "network") : null)
          .set("images", images(p, custom))
          .set("createdAt", VertexCommon.time(p.hasCreateTime(), p.getCreateTime()))
          .set("endedAt", VertexCommon.time(p.hasEndTime(), p.getEndTime()));
      out.node(VertexTrainingPipelineSchema.NODE,
          VertexCommon.encryption(b, p.hasEncryptionSpec(), p.getEncryptionSpec()).build());
      VertexCommon.runsAs(out, VertexTrainingPipelineSchema.RUNS_AS, id, sa, scope);
      if (datasetId != null) {
        String datasetName = p.getName().replaceAll("/trainingPipelines/[^/]+$", "/datasets/" + datasetId);
        out.rel(VertexTrainingPipelineSchema.USES_DATASET, RelRecord.of(id, GcpIds.aiplatform(datasetName), scope)
            .withTargetStub(Map.of("name", datasetId)));
        for (String uri : datasetSources.getOrDefault(datasetId, List.of())) {
          String prefix = GcsNodes.prefix(out, uri, scope);
          if (prefix != null) {
            out.rel(VertexTrainingPipelineSchema.READS, RelRecord.of(id, prefix, scope));
          }
        }
      }
      String model = p.hasModelToUpload() ? GcpIds.nullIfEmpty(p.getModelToUpload().getName()) : null;
      if (model == null && !p.getModelId().isEmpty()) {
        model = p.getName().replaceAll("/trainingPipelines/[^/]+$", "/models/" + p.getModelId());
      }
      if (model != null) {
        out.rel(VertexTrainingPipelineSchema.PRODUCED, RelRecord.of(id, GcpIds.aiplatform(model), scope)
            .withTargetStub(Map.of("name", GcpIds.lastSegment(model))));
      }
    }
    return out;
  }

  /**
   * The images a pipeline names, each once: the custom task's worker pool containers and Python
   * package executors, then the serving container of the model it uploads (which an endpoint
   * deploying that model runs).
   */
  static List<String> images(TrainingPipeline p, boolean custom) {
    Set<String> out = new LinkedHashSet<>();
    Value pools = custom ? p.getTrainingTaskInputs().getStructValue().getFieldsMap().get("workerPoolSpecs") : null;
    if (pools != null) {
      for (Value pool : pools.getListValue().getValuesList()) {
        Struct spec = pool.getStructValue();
        out.add(VertexCommon.string(VertexCommon.struct(spec, "containerSpec"), "imageUri"));
        out.add(VertexCommon.string(VertexCommon.struct(spec, "pythonPackageSpec"), "executorImageUri"));
      }
    }
    if (p.hasModelToUpload() && p.getModelToUpload().hasContainerSpec()) {
      out.add(GcpIds.nullIfEmpty(p.getModelToUpload().getContainerSpec().getImageUri()));
    }
    out.remove(null);
    return List.copyOf(out);
  }
}
