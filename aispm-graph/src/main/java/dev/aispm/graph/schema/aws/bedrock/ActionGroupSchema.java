package dev.aispm.graph.schema.aws.bedrock;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.aws.lambda.LambdaFunctionSchema;

/**
 * An action group of a Bedrock agent: the tools the model may decide to call. Its Lambda executor
 * is the point where text becomes an action, so the edge to the function (and on to its role) is
 * what the agent attack-path rules follow. The draft's action groups and those of every version
 * an alias serves are separate nodes, told apart by {@code version}, because a served version's
 * tools run behind that version's guardrail, not the draft's.
 */
public final class ActionGroupSchema {
  private ActionGroupSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSBedrockAgentActionGroup")
      .concept("AgentTool")
      .description("An action group of a Bedrock agent's draft or of a numbered version an alias serves. Its id is "
          + "AGENT_ARN/actiongroup/ACTION_GROUP_ID for the draft, AGENT_ARN/version/VERSION/actiongroup/ACTION_GROUP_ID "
          + "for a served version. A served version's text is judged on the agent, so only the draft's carries a "
          + "secrets verdict.")
      .property("name", "Action group name")
      .property("actionGroupId", "Action group id")
      .property("version", "DRAFT, or the numbered version an alias serves that the action group belongs to")
      .property("state", "ENABLED or DISABLED")
      .property("executorType", "LAMBDA, RETURN_CONTROL or BUILT_IN (parent action signature)")
      .property("lambdaArn", "Lambda function that executes the actions")
      .property("parentActionSignature", "Built-in action (AMAZON.UserInput, AMAZON.CodeInterpreter ...)")
      .property("apiSchemaS3Uri", "S3 URI of the OpenAPI schema, when stored in S3")
      .property("functionNames", "Functions declared by the function schema")
      .properties(b -> SettingProperties.declare(b, "its description, inline OpenAPI schema and function descriptions, line by line (apiSchema.payload line 16)"))
      .build();

  public static final RelSchema HAS_ACTION_GROUP = new RelSchema("HAS_ACTION_GROUP", AgentSchema.NODE, NODE, NODE,
      false, "The agent may call the action group's tools.");
  public static final RelSchema INVOKES = RelSchema.toStub("INVOKES", NODE, LambdaFunctionSchema.NODE,
      "The action group's tools run as the Lambda function.");
}
