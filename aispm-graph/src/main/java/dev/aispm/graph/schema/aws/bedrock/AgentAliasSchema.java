package dev.aispm.graph.schema.aws.bedrock;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;

/**
 * An alias of a Bedrock agent: the name applications invoke the agent by (InvokeAgent takes an
 * alias id, never a version). Each alias routes to a numbered version, a frozen snapshot whose
 * prompt, guardrail and tools may differ from the working draft, so the alias is what says which
 * versions are live and must be judged besides the draft.
 */
public final class AgentAliasSchema {
  private AgentAliasSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSBedrockAgentAlias")
      .description("An alias of a Bedrock agent, through which applications invoke it. Its id is the alias ARN "
          + "(arn:aws:bedrock:REGION:ACCOUNT:agent-alias/AGENT_ID/ALIAS_ID).")
      .property("name", "Alias name")
      .property("aliasId", "Alias id")
      .property("agentId", "Id of the agent the alias belongs to")
      .property("status", "PREPARED, CREATING, UPDATING, FAILED, DELETING ...")
      .property("invocationState", "ACCEPT_INVOCATIONS or REJECT_INVOCATIONS")
      .property("routedVersions", "Agent versions the alias sends invocations to (a number, or DRAFT)")
      .property("provisionedThroughputs", "Provisioned throughputs the alias's routes run on, when any")
      .property("createdAt", "Creation time")
      .property("updatedAt", "Time the alias was last updated")
      .build();

  public static final RelSchema ALIAS_OF = RelSchema.of("ALIAS_OF", NODE, AgentSchema.NODE,
      "The alias invokes the agent, at the versions named by its routedVersions.");
}
