package dev.aispm.collectors.aws.sagemaker;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.PipelineSummary;

/** Reads pipelines; SDK calls only. The summaries already carry the role, so no Describe is needed. */
public final class PipelineFetcher {
  private PipelineFetcher() {}

  public static List<PipelineSummary> list(SageMakerClient client) {
    return client.listPipelinesPaginator(r -> r.maxResults(100)).pipelineSummaries().stream().toList();
  }
}
