package dev.aispm.collectors.aws.sagemaker;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeStudioLifecycleConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.StudioLifecycleConfigDetails;

/** Reads Studio lifecycle configurations; SDK calls only. */
public final class StudioLifecycleConfigFetcher {
  private StudioLifecycleConfigFetcher() {}

  public static List<StudioLifecycleConfigDetails> list(SageMakerClient client) {
    return client.listStudioLifecycleConfigsPaginator(r -> r.maxResults(100)).studioLifecycleConfigs().stream()
        .toList();
  }

  public static DescribeStudioLifecycleConfigResponse describe(SageMakerClient client, String name) {
    return client.describeStudioLifecycleConfig(r -> r.studioLifecycleConfigName(name));
  }
}
