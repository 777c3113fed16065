package dev.aispm.collectors.aws.bedrock;

import java.util.List;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.ProvisionedModelSummary;

/**
 * Reads provisioned throughputs; SDK calls only. The list answer already carries every field the
 * graph keeps, so no per-item Get is made (one call instead of one per throughput).
 */
public final class ProvisionedThroughputFetcher {
  private ProvisionedThroughputFetcher() {}

  public static List<ProvisionedModelSummary> list(BedrockClient client) {
    return client.listProvisionedModelThroughputsPaginator(r -> r.maxResults(100)).provisionedModelSummaries()
        .stream().toList();
  }
}
