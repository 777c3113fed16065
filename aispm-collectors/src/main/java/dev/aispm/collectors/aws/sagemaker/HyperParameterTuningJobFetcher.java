package dev.aispm.collectors.aws.sagemaker;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobSummary;

/** Reads hyperparameter tuning jobs; SDK calls only. */
public final class HyperParameterTuningJobFetcher {
  private HyperParameterTuningJobFetcher() {}

  public static List<HyperParameterTuningJobSummary> list(SageMakerClient client) {
    return client.listHyperParameterTuningJobsPaginator(r -> r.maxResults(100))
        .hyperParameterTuningJobSummaries().stream().toList();
  }

  public static DescribeHyperParameterTuningJobResponse describe(SageMakerClient client, String name) {
    return client.describeHyperParameterTuningJob(r -> r.hyperParameterTuningJobName(name));
  }
}
