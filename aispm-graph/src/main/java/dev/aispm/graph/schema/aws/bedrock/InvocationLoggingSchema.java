package dev.aispm.graph.schema.aws.bedrock;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.s3.BucketSchema;

/**
 * Bedrock model invocation logging of one account and region. It is a setting, not a resource, but
 * it is one per region and "no prompts are logged in us-east-1" is a finding about that region, so
 * it gets a node that says so either way. Encryption of the logs is the destination's: the edge to
 * the bucket lets rules read it there.
 */
public final class InvocationLoggingSchema {
  private InvocationLoggingSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSBedrockModelInvocationLogging")
      .concept("Visibility")
      .description("Model invocation logging of one account and region. Its id is "
          + "arn:aws:bedrock:REGION:ACCOUNT:model-invocation-logging (aispm's own name: the setting has no ARN).")
      .property("name", "model-invocation-logging")
      .property("enabled", "Whether invocations are delivered to S3 or CloudWatch Logs")
      .property("s3BucketName", "Destination bucket")
      .property("s3KeyPrefix", "Destination key prefix")
      .property("cloudWatchLogGroup", "Destination log group")
      .property("cloudWatchRoleArn", "Role Bedrock writes to the log group with")
      .property("largeDataBucketName", "Bucket for payloads too large for CloudWatch")
      .property("textDataDelivery", "Whether text prompts and completions are logged")
      .property("imageDataDelivery", "Whether images are logged")
      .property("embeddingDataDelivery", "Whether embeddings are logged")
      .build();

  public static final RelSchema LOGS_TO = RelSchema.toStub("LOGS_TO", NODE, BucketSchema.NODE,
      "Invocation logs (or their large payloads) are delivered to the bucket.");
}
