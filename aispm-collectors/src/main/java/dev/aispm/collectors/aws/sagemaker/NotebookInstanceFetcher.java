package dev.aispm.collectors.aws.sagemaker;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceResponse;
import software.amazon.awssdk.services.sagemaker.model.NotebookInstanceSummary;

/** Reads notebook instances; SDK calls only, no reshaping. */
public final class NotebookInstanceFetcher {
  private NotebookInstanceFetcher() {}

  public static List<NotebookInstanceSummary> list(SageMakerClient client) {
    return client.listNotebookInstancesPaginator(r -> r.maxResults(100)).notebookInstances().stream().toList();
  }

  public static DescribeNotebookInstanceResponse describe(SageMakerClient client, String name) {
    return client.describeNotebookInstance(r -> r.notebookInstanceName(name));
  }
}
