package dev.aispm.collectors.aws.bedrock;

import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.bedrock.ProvisionedThroughputSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import software.amazon.awssdk.services.bedrock.model.ProvisionedModelSummary;

/**
 * Turns ListProvisionedModelThroughputs answers into throughput nodes, each served model linked to
 * it. A throughput of a foundation model gets no edge: the foundation model is AWS's, and the
 * poisoning and artifact paths that end at a serving node start at customer models.
 */
public final class ProvisionedThroughputTransformer {
  private ProvisionedThroughputTransformer() {}

  public static WriteBatch transform(List<ProvisionedModelSummary> raw, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (ProvisionedModelSummary p : raw) {
      String id = p.provisionedModelArn();
      if (id == null) {
        continue;
      }
      out.node(ProvisionedThroughputSchema.NODE, NodeRecord.of(id, scope)
          .set("name", p.provisionedModelName())
          .set("status", p.statusAsString())
          .set("modelArn", p.modelArn())
          .set("foundationModelArn", p.foundationModelArn())
          .set("modelUnits", p.modelUnits())
          .set("commitmentDuration", p.commitmentDurationAsString())
          .set("createdAt", p.creationTime())
          .build());
      String model = p.modelArn();
      if (model != null && model.contains(":custom-model/")) {
        out.rel(ProvisionedThroughputSchema.SERVES_CUSTOM, RelRecord.of(model, id, scope));
      } else if (model != null && model.contains(":imported-model/")) {
        out.rel(ProvisionedThroughputSchema.SERVES_IMPORTED, RelRecord.of(model, id, scope));
      }
    }
    return out;
  }
}
