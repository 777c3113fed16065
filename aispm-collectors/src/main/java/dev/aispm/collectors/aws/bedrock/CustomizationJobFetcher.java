package dev.aispm.collectors.aws.bedrock;

import java.util.List;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetModelCustomizationJobResponse;
import software.amazon.awssdk.services.bedrock.model.ModelCustomizationJobSummary;

/** Reads Bedrock model customization jobs; SDK calls only. */
public final class CustomizationJobFetcher {
  private CustomizationJobFetcher() {}

  public static List<ModelCustomizationJobSummary> list(BedrockClient client) {
    return client.listModelCustomizationJobsPaginator(r -> r.maxResults(100)).modelCustomizationJobSummaries()
        .stream().toList();
  }

  public static GetModelCustomizationJobResponse get(BedrockClient client, String identifier) {
    return client.getModelCustomizationJob(r -> r.jobIdentifier(identifier));
  }
}
