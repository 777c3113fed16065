package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.PipelineJob;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.collectors.gcp.GcpProject;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.gcp.storage.GcsNodes;
import dev.aispm.graph.schema.gcp.vertex.VertexPipelineJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns Vertex AI Pipelines runs into pipeline nodes. A run without a service account runs as the
 * project's Compute Engine default service account (Vertex AI documents this), so that is the
 * account it is linked to, and flagged. The container images its components run are named in the
 * compiled pipeline spec the run carries (deploymentSpec.executors); they are recorded for the
 * registry scan and the link step like a custom job's.
 */
public final class PipelineJobTransformer {
  private PipelineJobTransformer() {}

  public static WriteBatch transform(List<PipelineJob> jobs, GcpProject project, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (PipelineJob j : jobs) {
      String id = GcpIds.aiplatform(j.getName());
      String number = VertexCommon.projectNumber(j.getName());
      String sa = GcpIds.nullIfEmpty(j.getServiceAccount());
      if (sa == null) {
        sa = GcpIds.defaultComputeAccount(number != null ? number : project.projectNumber());
      }
      String output = j.hasRuntimeConfig() ? GcpIds.nullIfEmpty(j.getRuntimeConfig().getGcsOutputDirectory()) : null;
      Set<String> inputs = new LinkedHashSet<>();
      if (j.hasRuntimeConfig()) {
        for (Value v : j.getRuntimeConfig().getParameterValuesMap().values()) {
          inputs.addAll(VertexCommon.gsUris(v));
        }
      }
      NodeRecord.Builder b = NodeRecord.of(id, scope)
          .set("name", GcpIds.nullIfEmpty(j.getDisplayName()))
          .set("location", VertexCommon.location(j.getName()))
          .set("state", j.getState().name())
          .set("serviceAccount", sa)
          .set("usesDefaultComputeAccount", GcpIds.isDefaultComputeAccount(sa))
          .set("network", GcpIds.nullIfEmpty(j.getNetwork()))
          .set("templateUri", GcpIds.nullIfEmpty(j.getTemplateUri()))
          .set("gcsOutputDirectory", output)
          .set("inputUris", List.copyOf(inputs))
          .set("images", images(j))
          .set("createdAt", VertexCommon.time(j.hasCreateTime(), j.getCreateTime()));
      out.node(VertexPipelineJobSchema.NODE, VertexCommon.encryption(b, j.hasEncryptionSpec(), j.getEncryptionSpec()).build());
      VertexCommon.runsAs(out, VertexPipelineJobSchema.RUNS_AS, id, sa, scope);
      for (String uri : inputs) {
        String prefix = GcsNodes.prefix(out, uri, scope);
        if (prefix != null) {
          out.rel(VertexPipelineJobSchema.READS, RelRecord.of(id, prefix, scope));
        }
      }
      String prefix = GcsNodes.prefix(out, output, scope);
      if (prefix != null) {
        out.rel(VertexPipelineJobSchema.WRITES, RelRecord.of(id, prefix, scope));
      }
    }
    return out;
  }

  /**
   * The images of the run's container executors, each once, in executor name order (a map has no
   * order of its own). Importer and resolver executors run no image of the user's; an image given
   * as a placeholder for a pipeline input is kept as named and resolves to nothing.
   */
  static List<String> images(PipelineJob j) {
    Set<String> out = new LinkedHashSet<>();
    Struct executors = VertexCommon.struct(VertexCommon.struct(j.getPipelineSpec(), "deploymentSpec"), "executors");
    for (Value executor : new TreeMap<>(executors.getFieldsMap()).values()) {
      String image = VertexCommon.string(VertexCommon.struct(executor.getStructValue(), "container"), "image");
      if (image != null) {
        out.add(image);
      }
    }
    return List.copyOf(out);
  }
}
