package dev.aispm.collectors.aws.sagemaker;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.EndpointSummary;

/** Reads endpoints and the endpoint configurations they run; SDK calls only. */
public final class EndpointFetcher {
  private EndpointFetcher() {}

  public static List<EndpointSummary> list(SageMakerClient client) {
    return client.listEndpointsPaginator(r -> r.maxResults(100)).endpoints().stream().toList();
  }

  public static DescribeEndpointResponse describe(SageMakerClient client, String name) {
    return client.describeEndpoint(r -> r.endpointName(name));
  }

  public static DescribeEndpointConfigResponse describeConfig(SageMakerClient client, String name) {
    return client.describeEndpointConfig(r -> r.endpointConfigName(name));
  }
}
