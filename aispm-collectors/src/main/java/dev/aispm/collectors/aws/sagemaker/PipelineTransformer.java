package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.graph.schema.aws.sagemaker.PipelineSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineResponse;
import software.amazon.awssdk.services.sagemaker.model.PipelineSummary;

/**
 * Turns ListPipelines summaries into pipeline nodes linked to the role they run as, with the
 * secrets found in their definitions (DescribePipeline).
 */
public final class PipelineTransformer {
  private PipelineTransformer() {}

  /**
   * @param definitions DescribePipeline answers by pipeline name; a missing entry means the
   *                    definition could not be read, and its settings are not judged (unknown)
   * @param tags        tags by resource id; a missing entry means the tags could not be read
   */
  public static WriteBatch transform(List<PipelineSummary> raw, Map<String, DescribePipelineResponse> definitions,
      Map<String, List<String>> tags, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (PipelineSummary p : raw) {
      String id = p.pipelineArn() != null ? p.pipelineArn() : p.pipelineName() == null ? null
          : AwsIds.sagemakerArn(scope.region(), scope.account(), "pipeline", p.pipelineName());
      if (id == null) {
        continue;
      }
      DescribePipelineResponse described = definitions.get(p.pipelineName());
      SettingSecrets.Report settings = described == null
          ? SettingSecrets.Report.notRead("the definition could not be read (DescribePipeline)")
          : PipelineDefinitionSettings.report(described);
      out.node(PipelineSchema.NODE, SettingSecrets.write(NodeRecord.of(id, scope), settings)
          .set("name", p.pipelineName())
          .set("displayName", p.pipelineDisplayName())
          .set("status", described == null ? null : described.pipelineStatusAsString())
          .set("createdAt", p.creationTime())
          .set("lastModifiedAt", described == null ? null : described.lastModifiedTime())
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
