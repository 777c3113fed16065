package dev.aispm.graph.schema.aws.bedrock;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;

/**
 * A Bedrock custom model: a foundation model fine-tuned or continued-pre-trained on the
 * customer's data. It is where training-data poisoning ends up and what a stolen key decrypts, so
 * it carries its encryption key and the data it was trained on.
 */
public final class CustomModelSchema {
  private CustomModelSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSBedrockCustomModel")
      .concept("Model")
      .description("A Bedrock custom model. Its id is the custom model ARN.")
      .property("name", "Custom model name")
      .property("status", "Active, Creating or Failed")
      .property("customizationType", "FINE_TUNING, CONTINUED_PRE_TRAINING, DISTILLATION or IMPORTED")
      .property("baseModelArn", "ARN of the foundation model it was customized from")
      .property("jobName", "Name of the customization job that created it")
      .property("jobArn", "ARN of the customization job that created it")
      .property("kmsKeyId", "Customer KMS key that encrypts the model, absent when AWS owns the key")
      .property("customerKmsKey", "Whether a customer KMS key encrypts the model (absent: model details unread)")
      .property("trainingDataUri", "S3 URI of the training data")
      .property("validationDataUris", "S3 URIs of the validation data")
      .property("outputDataUri", "S3 URI the customization job wrote its metrics to")
      .property("createdAt", "Creation time")
      .build();

  public static final RelSchema FINE_TUNED_FROM = RelSchema.toStub("FINE_TUNED_FROM", NODE,
      FoundationModelSchema.NODE, "The custom model was customized from the foundation model.");
}
