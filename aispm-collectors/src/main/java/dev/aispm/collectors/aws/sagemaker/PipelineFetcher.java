package dev.aispm.collectors.aws.sagemaker;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineResponse;
import software.amazon.awssdk.services.sagemaker.model.PipelineSummary;

/**
 * Reads pipelines; SDK calls only. The summaries carry the role; the definition (DescribePipeline)
 * carries every step's arguments, where settings are written in clear.
 */
public final class PipelineFetcher {
  private PipelineFetcher() {}

  public static List<PipelineSummary> list(SageMakerClient client) {
    return client.listPipelinesPaginator(r -> r.maxResults(100)).pipelineSummaries().stream().toList();
  }

  public static DescribePipelineResponse describe(SageMakerClient client, String name) {
    return client.describePipeline(r -> r.pipelineName(name));
  }
}
