package dev.aispm.graph.schema.aws.bedrock;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.aws.s3.DataPrefixSchema;

/**
 * A Bedrock model customization (fine-tuning) job. It carries the concept {@code TrainingJob}, so
 * the training-data rules written for SageMaker jobs (who can write the data, does it hold
 * secrets) apply to it unchanged; its {@code PRODUCED} edge points straight at the custom model
 * because Bedrock keeps the weights itself instead of writing an artifact to S3.
 */
public final class CustomizationJobSchema {
  private CustomizationJobSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSBedrockModelCustomizationJob")
      .concept("TrainingJob")
      .description("A Bedrock model customization job. Its id is the job ARN.")
      .property("name", "Job name")
      .property("status", "InProgress, Completed, Failed, Stopping or Stopped")
      .property("customizationType", "FINE_TUNING, CONTINUED_PRE_TRAINING or DISTILLATION")
      .property("baseModelArn", "ARN of the foundation model being customized")
      .property("outputModelName", "Name of the custom model the job creates")
      .property("outputModelArn", "ARN of the custom model the job created, absent until it completes")
      .property("outputKmsKeyId", "Customer KMS key that encrypts the output model, absent when AWS owns the key")
      .property("outputEncryptedWithCmk", "Whether a customer KMS key encrypts the output model (absent: job details unread)")
      .property("subnetIds", "VPC subnets the job's data access runs in, absent when not in a VPC")
      .property("securityGroupIds", "Security groups of the job's VPC configuration")
      .property("inVpc", "Whether the job runs in a VPC (absent: job details unread)")
      .property("trainingDataUri", "S3 URI of the training data")
      .property("validationDataUris", "S3 URIs of the validation data")
      .property("outputDataUri", "S3 URI of the job's output (metrics)")
      .property("createdAt", "Creation time")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The job reads and writes data with the role's permissions.");
  public static final RelSchema READS = RelSchema.toStub("READS", NODE, DataPrefixSchema.NODE,
      "The job reads the prefix as training or validation data.");
  public static final RelSchema WRITES = RelSchema.toStub("WRITES", NODE, DataPrefixSchema.NODE,
      "The job writes its output under the prefix.");
  public static final RelSchema PRODUCED = RelSchema.toStub("PRODUCED", NODE, CustomModelSchema.NODE,
      "The job produced the custom model (a stub when the model itself could not be read).");
}
