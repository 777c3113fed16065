package dev.aispm.collectors.aws.bedrock;

import java.util.List;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetGuardrailResponse;
import software.amazon.awssdk.services.bedrock.model.GuardrailSummary;

/** Reads Bedrock guardrails; SDK calls only. */
public final class GuardrailFetcher {
  private GuardrailFetcher() {}

  /** Lists every guardrail once (without an identifier, ListGuardrails answers with each one's draft). */
  public static List<GuardrailSummary> list(BedrockClient client) {
    return client.listGuardrailsPaginator(r -> r.maxResults(100)).guardrails().stream().toList();
  }

  /** The guardrail's working draft, which a Get without a version returns. */
  public static GetGuardrailResponse get(BedrockClient client, String identifier) {
    return client.getGuardrail(r -> r.guardrailIdentifier(identifier));
  }
}
