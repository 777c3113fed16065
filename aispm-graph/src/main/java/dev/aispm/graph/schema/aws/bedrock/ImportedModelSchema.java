package dev.aispm.graph.schema.aws.bedrock;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.s3.ModelArtifactSchema;

/**
 * A model imported into Bedrock from weights in S3 (Custom Model Import). Its weights come from
 * outside Bedrock, so the artifact it was loaded from is linked for the model scanner's verdict.
 */
public final class ImportedModelSchema {
  private ImportedModelSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSBedrockImportedModel")
      .concept("Model")
      .description("A model imported into Bedrock. Its id is the imported model ARN.")
      .property("name", "Imported model name")
      .property("jobName", "Name of the import job")
      .property("jobArn", "ARN of the import job")
      .property("modelArchitecture", "Architecture of the imported weights (llama3, mistral ...)")
      .property("modelDataUri", "S3 URI the weights were imported from")
      .property("kmsKeyId", "Customer KMS key that encrypts the model, absent when AWS owns the key")
      .property("customerKmsKey", "Whether a customer KMS key encrypts the model (absent: model details unread)")
      .property("instructSupported", "Whether the model supports instruct prompts")
      .property("createdAt", "Creation time")
      .build();

  public static final RelSchema USES_ARTIFACT = RelSchema.toStub("USES_ARTIFACT", NODE,
      ModelArtifactSchema.NODE, "The model was imported from the weights under the S3 URI.");
}
