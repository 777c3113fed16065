package dev.aispm.collectors.aws.sagemaker;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.ModelSummary;

/** Reads SageMaker models; SDK calls only. */
public final class ModelFetcher {
  private ModelFetcher() {}

  public static List<ModelSummary> list(SageMakerClient client) {
    return client.listModelsPaginator(r -> r.maxResults(100)).models().stream().toList();
  }

  public static DescribeModelResponse describe(SageMakerClient client, String name) {
    return client.describeModel(r -> r.modelName(name));
  }
}
