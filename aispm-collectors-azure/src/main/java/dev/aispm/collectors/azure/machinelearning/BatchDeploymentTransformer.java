package dev.aispm.collectors.azure.machinelearning;

import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.SettingValues;
import static dev.aispm.collectors.azure.arm.Json.number;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLBatchDeploymentSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Batch deployments: what a job started on a batch endpoint runs, and where. The model,
 * environment and image are resolved as for online deployments ({@link DeploymentAssets}); the
 * compute cluster the jobs run on is linked, since its identity and network decide what the
 * scoring code can reach. Environment variables are kept by name only: their values can be
 * secrets.
 */
public final class BatchDeploymentTransformer {
  /** The deployment type when {@code deploymentConfiguration} is absent: a model with its scoring code. */
  static final String MODEL = "Model";

  private BatchDeploymentTransformer() {}

  /**
   * @param deployments       the endpoint's deployments, as listed
   * @param environmentImages image reference by environment version graph id, for every version
   *                          read (listed or read one by one); a version absent here leaves the
   *                          deployment's image unknown
   */
  public static void transform(List<JsonNode> deployments, String endpointId, String endpointName, String workspaceId,
      String workspaceName, Map<String, String> environmentImages, ScopeKey scope, GraphBatch out) {
    for (JsonNode d : deployments) {
      String id = ArmIds.normalize(text(d, "id"));
      JsonNode p = d.path("properties");
      DeploymentAssets assets = DeploymentAssets.of(d, workspaceId, environmentImages);
      String compute = ArmIds.normalize(text(p, "compute"));
      String deploymentType = text(p, "deploymentConfiguration", "deploymentConfigurationType");
      JsonNode code = p.path("codeConfiguration");
      out.add(AzureMLBatchDeploymentSchema.NODE, NodeRecord.of(id, scope)
          .set("name", text(d, "name"))
          .set("endpoint", endpointName)
          .set("workspace", workspaceName)
          .set("deploymentType", deploymentType == null ? MODEL : deploymentType)
          .set("computeId", compute)
          .set("instanceCount", number(p, "resources", "instanceCount"))
          .set("instanceType", text(p, "resources", "instanceType"))
          .set("model", assets.model())
          .set("modelReferenceType", text(p, "model", "referenceType"))
          .set("environmentId", assets.environment())
          .set("image", assets.image())
          .set("customScoringCode", text(code, "scoringScript") != null)
          .set("scoringScript", text(code, "scoringScript"))
          .set("codeId", text(code, "codeId"))
          .set("outputAction", text(p, "outputAction"))
          .set("outputFileName", text(p, "outputFileName"))
          .set("errorThreshold", number(p, "errorThreshold"))
          .set("loggingLevel", text(p, "loggingLevel"))
          .set("environmentVariableNames", names(p.path("environmentVariables")))
          .properties(b -> SettingSecrets.write(b, SettingSecrets.report(SettingValues.fromObject(p.path("environmentVariables"), "environmentVariables."),
              "azure ml batch deployment " + text(d, "name") + " environment")))
          .set("provisioningState", text(p, "provisioningState"))
          .build());
      out.link(AzureMLBatchDeploymentSchema.SERVED_BY, RelRecord.of(id, endpointId, scope));
      assets.link(id, AzureMLBatchDeploymentSchema.USES_MODEL, AzureMLBatchDeploymentSchema.USES_ENVIRONMENT, scope, out);
      if (compute != null) {
        out.link(AzureMLBatchDeploymentSchema.RUNS_ON, RelRecord.of(id, compute, scope));
      }
    }
  }

  private static List<String> names(JsonNode variables) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = variables.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
