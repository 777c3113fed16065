package dev.aispm.collectors.aws.sagemaker;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ProcessingJobSummary;

/** Reads processing jobs; SDK calls only. */
public final class ProcessingJobFetcher {
  private ProcessingJobFetcher() {}

  public static List<ProcessingJobSummary> list(SageMakerClient client) {
    return client.listProcessingJobsPaginator(r -> r.maxResults(100)).processingJobSummaries().stream().toList();
  }

  public static DescribeProcessingJobResponse describe(SageMakerClient client, String name) {
    return client.describeProcessingJob(r -> r.processingJobName(name));
  }
}
