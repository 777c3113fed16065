package dev.aispm.graph.schema.aws.bedrock;

import dev.aispm.graph.schema.NodeSchema;

/**
 * Whether Bedrock guardrails were listed in one account and region, and how many exist. A
 * guardrail that does not exist leaves no node to judge, so "no guardrail where Bedrock is used"
 * needs a node that records the listing itself: with {@code listed: true} and a count of zero the
 * absence is a fact; a failed listing says {@code listed: false}, so the rule reports UNKNOWN
 * rather than a missing control it never saw.
 */
public final class GuardrailCoverageSchema {
  private GuardrailCoverageSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSBedrockGuardrailCoverage")
      .concept("Visibility")
      .description("The guardrail listing of one account and region. Its id is "
          + "arn:aws:bedrock:REGION:ACCOUNT:guardrail-coverage (aispm's own name: the listing has no ARN).")
      .property("name", "guardrail-coverage")
      .property("listed", "Whether ListGuardrails answered in this scan (false: the count is unknown)")
      .property("guardrailCount", "Guardrails defined in the region (absent when the listing failed)")
      .build();
}
