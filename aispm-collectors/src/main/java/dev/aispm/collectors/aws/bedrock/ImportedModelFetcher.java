package dev.aispm.collectors.aws.bedrock;

import java.util.List;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetImportedModelResponse;
import software.amazon.awssdk.services.bedrock.model.ImportedModelSummary;

/** Reads models imported into Bedrock; SDK calls only. */
public final class ImportedModelFetcher {
  private ImportedModelFetcher() {}

  public static List<ImportedModelSummary> list(BedrockClient client) {
    return client.listImportedModelsPaginator(r -> r.maxResults(100)).modelSummaries().stream().toList();
  }

  public static GetImportedModelResponse get(BedrockClient client, String identifier) {
    return client.getImportedModel(r -> r.modelIdentifier(identifier));
  }
}
