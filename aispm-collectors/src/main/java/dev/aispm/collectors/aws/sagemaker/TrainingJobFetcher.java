package dev.aispm.collectors.aws.sagemaker;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.TrainingJobSummary;

/** Reads training jobs; SDK calls only. */
public final class TrainingJobFetcher {
  private TrainingJobFetcher() {}

  public static List<TrainingJobSummary> list(SageMakerClient client) {
    return client.listTrainingJobsPaginator(r -> r.maxResults(100)).trainingJobSummaries().stream().toList();
  }

  public static DescribeTrainingJobResponse describe(SageMakerClient client, String name) {
    return client.describeTrainingJob(r -> r.trainingJobName(name));
  }
}
