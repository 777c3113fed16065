package dev.aispm.collectors.azure.cognitiveservices;

import static dev.aispm.collectors.azure.arm.Json.number;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.graph.schema.azure.cognitiveservices.AzureCognitiveDeploymentSchema;
import dev.aispm.graph.schema.azure.cognitiveservices.AzureRaiPolicySchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Model deployments and the content filter each one uses. A deployment without a policy name
 * uses Microsoft's default filter. A custom policy that could not be read leaves
 * {@code contentFilterWeakened} unknown.
 */
public final class DeploymentTransformer {
  private DeploymentTransformer() {}

  /**
   * @param weakened what {@link RaiPolicyTransformer} found, by lower-case policy name; null when the policies could not be read
   */
  public static void transform(List<JsonNode> deployments, String accountId, String accountName,
      Map<String, Boolean> weakened, Map<String, List<String>> disabledByPolicy, ScopeKey scope, GraphBatch out) {
    for (JsonNode d : deployments) {
      String id = ArmIds.normalize(text(d, "id"));
      JsonNode p = d.path("properties");
      String policy = text(p, "raiPolicyName");
      Boolean isWeakened;
      if (policy == null || policy.startsWith("Microsoft.")) {
        isWeakened = false;
      } else {
        isWeakened = weakened == null ? null : weakened.get(policy.toLowerCase(Locale.ROOT));
      }
      out.add(AzureCognitiveDeploymentSchema.NODE, NodeRecord.of(id, scope)
          .set("name", text(d, "name"))
          .set("accountName", accountName)
          .set("modelFormat", text(p, "model", "format"))
          .set("modelName", text(p, "model", "name"))
          .set("modelVersion", text(p, "model", "version"))
          .set("skuName", text(d, "sku", "name"))
          .set("capacity", number(d, "sku", "capacity"))
          .set("raiPolicyName", policy)
          .set("contentFilterWeakened", isWeakened)
          .set("disabledFilters", policy == null ? List.of()
              : disabledByPolicy.getOrDefault(policy.toLowerCase(Locale.ROOT), List.of()))
          .build());
      out.link(AzureCognitiveDeploymentSchema.SERVED_BY, RelRecord.of(id, accountId, scope));
      if (policy != null && weakened != null && weakened.containsKey(policy.toLowerCase(Locale.ROOT))) {
        out.link(AzureCognitiveDeploymentSchema.PROTECTED_BY,
            RelRecord.of(id, accountId + "/raipolicies/" + policy.toLowerCase(Locale.ROOT), scope));
      }
    }
  }
}
