package dev.aispm.graph.schema.aws.bedrock;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.aws.iam.RoleSchema;

/**
 * A Bedrock agent (its working draft): a model that plans and calls tools with a role's
 * permissions on behalf of whoever talks to it. What it may call, which guardrail screens its
 * input and which knowledge it retrieves are edges, so rules can follow a prompt to an action.
 * The numbered versions its aliases serve are frozen copies that may differ from the draft; what
 * the rules need of them (guardrail, prompt secrets) is summarised here, named by version.
 */
public final class AgentSchema {
  private AgentSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSBedrockAgent")
      .concept("Agent")
      .description("A Bedrock agent. Its id is the agent ARN.")
      .property("name", "Agent name")
      .property("agentId", "Agent id")
      .property("status", "PREPARED, NOT_PREPARED, FAILED ...")
      .property("foundationModel", "Model id or ARN the agent orchestrates with")
      .property("orchestrationType", "DEFAULT or CUSTOM_ORCHESTRATION")
      .property("idleSessionTtlSeconds", "Seconds after which an idle session ends")
      .property("kmsKeyId", "Customer KMS key that encrypts the agent's data, absent when AWS owns the key")
      .property("customerKmsKey", "Whether a customer KMS key encrypts the agent (absent: agent details unread)")
      .property("guardrailConfigured", "Whether a guardrail screens the agent's input and output (absent: unread)")
      .property("guardrailId", "Identifier of the guardrail, as configured")
      .property("guardrailVersion", "Guardrail version, as configured")
      .property("memoryEnabled", "Whether session summaries are kept across sessions")
      .property("memoryStorageDays", "Days session memory is kept")
      .property("createdAt", "Creation time")
      .property("preparedAt", "Time the draft was last prepared")
      .property("servedVersions", "Numbered versions the agent's aliases route to (absent: aliases unread)")
      .property("servedVersionsRead", "Whether the aliases and every version they serve were read")
      .property("servedVersionsWithoutGuardrail", "Served versions read that have no guardrail (absent: aliases unread)")
      .properties(b -> SettingProperties.declare(b, "its instruction, description and overridden prompt templates, "
          + "line by line (instruction line 4), and those of every version an alias serves with its action groups' "
          + "text (version 3: instruction line 2)"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The agent calls models and knowledge bases with the role's permissions.");
  public static final RelSchema PROTECTED_BY = RelSchema.toStub("PROTECTED_BY", NODE, GuardrailSchema.NODE,
      "The guardrail screens the agent's input and output (a stub when the guardrail itself was not read).");
  public static final RelSchema USES_MODEL = RelSchema.toStub("USES_MODEL", NODE, FoundationModelSchema.NODE,
      "The agent orchestrates with the model (a foundation model, or a custom model when its ARN is given).");
}
