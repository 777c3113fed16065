package dev.aispm.collectors.aws.sagemaker;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;
import software.amazon.awssdk.services.sagemaker.model.TransformJobSummary;

/** Reads batch transform jobs; SDK calls only. */
public final class TransformJobFetcher {
  private TransformJobFetcher() {}

  public static List<TransformJobSummary> list(SageMakerClient client) {
    return client.listTransformJobsPaginator(r -> r.maxResults(100)).transformJobSummaries().stream().toList();
  }

  public static DescribeTransformJobResponse describe(SageMakerClient client, String name) {
    return client.describeTransformJob(r -> r.transformJobName(name));
  }
}
