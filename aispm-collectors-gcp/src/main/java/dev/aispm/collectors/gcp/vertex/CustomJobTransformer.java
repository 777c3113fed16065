package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.cloud.aiplatform.v1.CustomJobSpec;
import com.google.cloud.aiplatform.v1.EnvVar;
import com.google.cloud.aiplatform.v1.WorkerPoolSpec;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.gcp.storage.GcsNodes;
import dev.aispm.graph.schema.gcp.vertex.VertexCustomJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
      CustomJobSpec s = j.getJobSpec();
      String sa = GcpIds.nullIfEmpty(s.getServiceAccount());
      Set<String> images = new LinkedHashSet<>();
      List<String> texts = new ArrayList<>();
      for (WorkerPoolSpec w : s.getWorkerPoolSpecsList()) {
        if (w.hasContainerSpec()) {
          images.add(w.getContainerSpec().getImageUri());
          texts.addAll(w.getContainerSpec().getArgsList());
          texts.addAll(w.getContainerSpec().getCommandList());
          w.getContainerSpec().getEnvList().stream().map(EnvVar::getValue).forEach(texts::add);
        }
        if (w.hasPythonPackageSpec()) {
          images.add(w.getPythonPackageSpec().getExecutorImageUri());
          texts.addAll(w.getPythonPackageSpec().getArgsList());
          w.getPythonPackageSpec().getEnvList().stream().map(EnvVar::getValue).forEach(texts::add);
        }
      }
      String output = s.hasBaseOutputDirectory() ? GcpIds.nullIfEmpty(s.getBaseOutputDirectory().getOutputUriPrefix()) : null;
      Set<String> inputs = VertexCommon.gsUris(texts);
      if (output != null) {
        // The job's own output folder is not an input, even when a worker is told its path.
        inputs.removeIf(u -> GcsNodes.folder(u).startsWith(GcsNodes.folder(output)));
      }
      NodeRecord.Builder b = NodeRecord.of(id, scope)
          .set("name", GcpIds.nullIfEmpty(j.getDisplayName()))
          .set("location", VertexCommon.location(j.getName()))
          .set("state", j.getState().name())
          .set("serviceAccount", sa)
          .set("usesDefaultComputeAccount", GcpIds.isDefaultComputeAccount(sa))
          .set("enableWebAccess", s.getEnableWebAccess())
          .set("network", GcpIds.nullIfEmpty(s.getNetwork()))
          .set("baseOutputDirectory", output)
          .set("images", List.copyOf(images))
          .set("inputUris", List.copyOf(inputs))
          .set("createdAt", VertexCommon.time(j.hasCreateTime(), j.getCreateTime()))
          .set("endedAt", VertexCommon.time(j.hasEndTime(), j.getEndTime()));
      out.node(VertexCustomJobSchema.NODE, VertexCommon.encryption(b, j.hasEncryptionSpec(), j.getEncryptionSpec()).build());
      VertexCommon.runsAs(out, VertexCustomJobSchema.RUNS_AS, id, sa, scope);
      for (String uri : inputs) {
        String prefix = GcsNodes.prefix(out, uri, scope);
        if (prefix != null) {
          out.rel(VertexCustomJobSchema.READS, RelRecord.of(id, prefix, scope));
        }
      }
      if (output != null) {
        String prefix = GcsNodes.prefix(out, output, scope);
        if (prefix != null) {
          out.rel(VertexCustomJobSchema.WRITES, RelRecord.of(id, prefix, scope));
          String artifact = GcsNodes.artifact(out, GcsNodes.folder(output) + "model/", scope);
          out.rel(VertexCustomJobSchema.PRODUCED, RelRecord.of(id, artifact, scope));
        }
      }
    }
    return out;
  }
}
