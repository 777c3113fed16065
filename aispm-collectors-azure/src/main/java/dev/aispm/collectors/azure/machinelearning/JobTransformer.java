package dev.aispm.collectors.azure.machinelearning;

import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.SettingValues;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.storage.BlobArtifacts;
import dev.aispm.collectors.azure.storage.BlobLocation;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLDataAssetSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jobs and their lineage, as the SageMaker training-job sync does: inputs become {@code READS}
 * edges to blob prefixes (a data asset input also {@code USES_DATASET} the asset version, and
 * reads the blobs its URI points to), model outputs ({@code custom_model}, {@code mlflow_model},
 * {@code triton_model}) become {@code PRODUCED} model files, other outputs {@code WRITES}.
 */
public final class JobTransformer {
  private static final Set<String> MODEL_OUTPUTS = Set.of("custom_model", "mlflow_model", "triton_model");

  private JobTransformer() {}

  public static void transform(List<JsonNode> jobs, String workspaceId, String workspaceName,
      DatastoreResolver resolver, Map<String, String> accountIds, ScopeKey scope, GraphBatch out) {
    for (JsonNode j : jobs) {
      String id = ArmIds.normalize(text(j, "id"));
      JsonNode p = j.path("properties");
      List<String> inputs = new ArrayList<>();
      List<String> outputs = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = p.path("inputs").fields(); it.hasNext(); ) {
        var e = it.next();
        String uri = text(e.getValue(), "uri");
        if (uri == null) {
          continue; // literal inputs (numbers, strings) are parameters, not data
        }
        inputs.add(uri);
        DataAssetTransformer.Asset asset = resolver.dataAsset(uri);
        if (asset != null) {
          out.link(AzureMLDataAssetSchema.USED_BY_JOB, RelRecord.of(id, asset.id(), scope, Map.of("input", e.getKey())));
        }
        BlobLocation location = resolver.resolve(uri);
        if (location != null) {
          String prefix = BlobArtifacts.prefix(location, accountIds, scope, out);
          out.link(AzureMLJobSchema.READS, RelRecord.of(id, prefix, scope, Map.of("input", e.getKey())));
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = p.path("outputs").fields(); it.hasNext(); ) {
        var e = it.next();
        String uri = text(e.getValue(), "uri");
        if (uri == null) {
          continue; // an output without a URI goes to the workspace default path Azure ML picks at run time
        }
        outputs.add(uri);
        BlobLocation location = resolver.resolve(uri);
        if (location == null) {
          continue;
        }
        String kind = text(e.getValue(), "jobOutputType");
        if (kind != null && MODEL_OUTPUTS.contains(kind.toLowerCase(java.util.Locale.ROOT))) {
          String artifact = BlobArtifacts.artifact(location, accountIds, scope, out);
          out.link(AzureMLJobSchema.PRODUCED, RelRecord.of(id, artifact, scope, Map.of("output", e.getKey())));
        } else {
          String prefix = BlobArtifacts.prefix(location, accountIds, scope, out);
          out.link(AzureMLJobSchema.WRITES, RelRecord.of(id, prefix, scope, Map.of("output", e.getKey())));
        }
      }
      String compute = ArmIds.normalize(text(p, "computeId"));
      out.add(AzureMLJobSchema.NODE, NodeRecord.of(id, scope)
          .set("name", text(j, "name"))
          .set("displayName", text(p, "displayName"))
          .set("workspace", workspaceName)
          .set("jobType", text(p, "jobType"))
          .set("status", text(p, "status"))
          .set("experimentName", text(p, "experimentName"))
          .set("computeId", compute)
          .set("identityType", text(p, "identity", "identityType"))
          .set("inputUris", inputs)
          .set("outputUris", outputs)
          .properties(b -> SettingSecrets.write(b, SettingSecrets.report(SettingValues.fromObject(p.path("environmentVariables"), "environmentVariables."),
              "azure ml job " + text(j, "name") + " environment")))
          .build());
      out.link(AzureMLJobSchema.IN_WORKSPACE, RelRecord.of(id, workspaceId, scope));
      if (compute != null) {
        out.link(AzureMLJobSchema.RUNS_ON, RelRecord.of(id, compute, scope));
      }
    }
  }
}
