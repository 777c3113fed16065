package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.sagemaker.PipelineSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.PipelineSummary;

/** Turns ListPipelines summaries into pipeline nodes linked to the role they run as. */
public final class PipelineTransformer {
  private PipelineTransformer() {}

  /** @param tags tags by resource id; a missing entry means the tags could not be read */
  public static WriteBatch transform(List<PipelineSummary> raw, Map<String, List<String>> tags, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (PipelineSummary p : raw) {
      String id = p.pipelineArn() != null ? p.pipelineArn() : p.pipelineName() == null ? null
          : AwsIds.sagemakerArn(scope.region(), scope.account(), "pipeline", p.pipelineName());
      if (id == null) {
        continue;
      }
      out.node(PipelineSchema.NODE, NodeRecord.of(id, scope)
          .set("name", p.pipelineName())
          .set("displayName", p.pipelineDisplayName())
          .set("createdAt", p.creationTime())
          .set("lastExecutionAt", p.lastExecutionTime())
          .set("tags", tags.get(id))
          .build());
      if (p.roleArn() != null) {
        out.rel(PipelineSchema.RUNS_AS, AwsIds.toRole(id, p.roleArn(), scope));
      }
    }
    return out;
  }
}
