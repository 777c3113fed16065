package dev.aispm.collectors.aws.sagemaker;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceLifecycleConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.NotebookInstanceLifecycleConfigSummary;

/** Reads notebook instance lifecycle configurations; SDK calls only. */
public final class LifecycleConfigFetcher {
  private LifecycleConfigFetcher() {}

  public static List<NotebookInstanceLifecycleConfigSummary> list(SageMakerClient client) {
    return client.listNotebookInstanceLifecycleConfigsPaginator(r -> r.maxResults(100))
        .notebookInstanceLifecycleConfigs().stream().toList();
  }

  public static DescribeNotebookInstanceLifecycleConfigResponse describe(SageMakerClient client, String name) {
    return client.describeNotebookInstanceLifecycleConfig(r -> r.notebookInstanceLifecycleConfigName(name));
  }
}
