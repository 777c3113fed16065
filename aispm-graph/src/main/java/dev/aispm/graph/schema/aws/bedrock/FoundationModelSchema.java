package dev.aispm.graph.schema.aws.bedrock;

import dev.aispm.graph.schema.NodeSchema;

/**
 * A Bedrock foundation model as other assets refer to it: the base of a fine-tuned model, the
 * model behind an agent or a knowledge base's embeddings. aispm does not list the foundation model
 * catalogue (it is AWS's, identical in every account), so these nodes only exist as stubs created
 * by the edges that point at them; they carry the concept {@code FoundationModel}, not
 * {@code Model}, so that rules about models the customer owns (encryption, artifacts) leave them
 * alone.
 */
public final class FoundationModelSchema {
  private FoundationModelSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSBedrockFoundationModel")
      .concept("FoundationModel")
      .description("A Bedrock foundation model, created as a stub by the edges that refer to it. Its id is the "
          + "foundation model ARN (arn:aws:bedrock:REGION::foundation-model/MODEL_ID).")
      .property("name", "Model id, e.g. amazon.titan-text-express-v1")
      .build();
}
