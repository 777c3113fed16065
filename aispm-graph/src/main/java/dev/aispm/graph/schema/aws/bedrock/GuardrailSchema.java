package dev.aispm.graph.schema.aws.bedrock;

import dev.aispm.graph.schema.NodeSchema;

/**
 * A Bedrock guardrail (its working draft, which is what agents and applications most often use
 * and what the console edits). The policies are summarised into the properties rules ask about:
 * how strongly prompt attacks and harmful content are filtered and whether personal data is
 * blocked or masked.
 */
public final class GuardrailSchema {
  private GuardrailSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSBedrockGuardrail")
      .concept("Guardrail")
      .description("A Bedrock guardrail. Its id is the guardrail ARN.")
      .property("name", "Guardrail name")
      .property("guardrailId", "Guardrail id")
      .property("version", "Version read (DRAFT)")
      .property("status", "READY, CREATING, UPDATING, VERSIONING, FAILED ...")
      .property("kmsKeyId", "Customer KMS key that encrypts the guardrail, absent when AWS owns the key")
      .property("contentFilters", "Content filters as TYPE:INPUT_STRENGTH/OUTPUT_STRENGTH")
      .property("promptAttackStrength", "Input strength of the prompt-attack filter: NONE (also when absent), LOW, MEDIUM or HIGH")
      .property("weakestContentStrength", "Weakest input strength among the harmful-content filters (NONE when a category is missing)")
      .property("sensitiveInformationEnabled", "Whether a PII entity or regex filter blocks or masks anything")
      .property("piiEntityTypes", "PII entity types filtered, as TYPE:ACTION")
      .property("regexFilterCount", "Number of custom regex filters")
      .property("deniedTopics", "Names of denied topics")
      .property("wordFilterEnabled", "Whether custom words or a managed word list are blocked")
      .property("contextualGroundingEnabled", "Whether grounding or relevance checks are configured")
      .property("createdAt", "Creation time")
      .property("updatedAt", "Last update time")
      .build();
}
