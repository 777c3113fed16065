package dev.aispm.collectors.aws.bedrock;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetModelInvocationLoggingConfigurationResponse;

/** Reads the region's model invocation logging configuration; SDK calls only. */
public final class InvocationLoggingFetcher {
  private InvocationLoggingFetcher() {}

  public static GetModelInvocationLoggingConfigurationResponse get(BedrockClient client) {
    return client.getModelInvocationLoggingConfiguration(r -> {});
  }
}
