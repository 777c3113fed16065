package dev.aispm.graph.schema.aws.lambda;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;

/**
 * A Lambda function that an AI asset calls, such as a Bedrock agent's action-group tool. Only
 * functions that AI assets reference are collected: a tool is where a prompt injection turns into
 * an action, with the function role's permissions.
 */
public final class LambdaFunctionSchema {
  private LambdaFunctionSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSLambdaFunction")
      .concept("Compute")
      .description("A Lambda function used by an AI asset. Its id is the function ARN (unqualified).")
      .property("name", "Function name")
      .property("runtime", "Runtime, e.g. python3.12; absent for container images")
      .property("packageType", "Zip or Image")
      .property("roleArn", "Execution role ARN")
      .property("kmsKeyId", "KMS key of the environment variables, absent for the AWS-owned key")
      .property("subnetIds", "VPC subnets, absent when not in a VPC")
      .property("lastModified", "Last modification time as AWS reports it")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The function runs with the role's permissions.");
}
