package dev.aispm.collectors.azure.machinelearning;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.storage.BlobArtifacts;
import dev.aispm.collectors.azure.storage.BlobLocation;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLModelVersionSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;

/** Registered model versions and the blob files behind them. */
public final class ModelVersionTransformer {
  private ModelVersionTransformer() {}

  public static void transform(List<JsonNode> versions, String workspaceId, String workspaceName,
      DatastoreResolver resolver, Map<String, String> accountIds, ScopeKey scope, GraphBatch out) {
    for (JsonNode v : versions) {
      String id = ArmIds.normalize(text(v, "id"));
      String modelName = ArmIds.segment(text(v, "id"), "models");
      String modelUri = text(v, "properties", "modelUri");
      out.add(AzureMLModelVersionSchema.NODE, NodeRecord.of(id, scope)
          .set("name", modelName + ":" + text(v, "name"))
          .set("modelName", modelName)
          .set("version", text(v, "name"))
          .set("workspace", workspaceName)
          .set("modelType", text(v, "properties", "modelType"))
          .set("modelUri", modelUri)
          .set("jobName", text(v, "properties", "jobName"))
          .build());
      out.link(AzureMLModelVersionSchema.IN_WORKSPACE, RelRecord.of(id, workspaceId, scope));
      BlobLocation files = resolver.resolve(modelUri);
      if (files != null) {
        String artifact = BlobArtifacts.artifact(files, accountIds, scope, out);
        out.link(AzureMLModelVersionSchema.USES_ARTIFACT, RelRecord.of(id, artifact, scope));
      }
    }
  }
}
