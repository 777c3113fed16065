package dev.aispm.collectors.aws.bedrock;

import java.util.List;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.CustomModelSummary;
import software.amazon.awssdk.services.bedrock.model.GetCustomModelResponse;

/** Reads Bedrock custom models; SDK calls only. */
public final class CustomModelFetcher {
  private CustomModelFetcher() {}

  public static List<CustomModelSummary> list(BedrockClient client) {
    return client.listCustomModelsPaginator(r -> r.maxResults(100)).modelSummaries().stream().toList();
  }

  public static GetCustomModelResponse get(BedrockClient client, String identifier) {
    return client.getCustomModel(r -> r.modelIdentifier(identifier));
  }
}
