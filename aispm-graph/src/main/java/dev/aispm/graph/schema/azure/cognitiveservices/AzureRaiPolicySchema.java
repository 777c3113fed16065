package dev.aispm.graph.schema.azure.cognitiveservices;

import dev.aispm.graph.schema.NodeSchema;

/** A content filter (RAI policy) of an account: the Azure counterpart of a Bedrock guardrail. */
public final class AzureRaiPolicySchema {
  private AzureRaiPolicySchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureRaiPolicy")
      .concept("Guardrail")
      .description("A content filter policy of a Cognitive Services account. Its id is the ARM id .../accounts/A/raiPolicies/P.")
      .property("name", "Policy name")
      .property("accountName", "Account name")
      .property("basePolicyName", "Policy it derives from")
      .property("mode", "Default, Deferred, Blocking or Asynchronous_filter")
      .property("builtIn", "Whether it is a Microsoft default policy")
      .property("disabledFilters", "Filters turned off or set to annotate only, as category/source")
      .property("weakened", "Whether a harm or jailbreak filter is off or does not block")
      .property("jailbreakBlocking", "Whether prompt-attack (jailbreak) detection blocks")
      .build();
}
