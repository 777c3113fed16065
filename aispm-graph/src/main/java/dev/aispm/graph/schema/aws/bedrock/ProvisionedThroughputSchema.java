package dev.aispm.graph.schema.aws.bedrock;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;

/**
 * Bedrock provisioned throughput: dedicated capacity that serves one model, and the only way a
 * custom model can be invoked. It is the Bedrock counterpart of an endpoint, so it carries the
 * concept {@code Endpoint} and poisoning paths end here.
 */
public final class ProvisionedThroughputSchema {
  private ProvisionedThroughputSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSBedrockProvisionedThroughput")
      .concept("Endpoint")
      .description("A Bedrock provisioned model throughput. Its id is the provisioned model ARN.")
      .property("name", "Provisioned model name")
      .property("status", "Creating, InService, Updating or Failed")
      .property("modelArn", "ARN of the model it serves")
      .property("foundationModelArn", "ARN of the foundation model behind the served model")
      .property("modelUnits", "Model units provisioned")
      .property("commitmentDuration", "OneMonth, SixMonths or absent for no commitment")
      .property("createdAt", "Creation time")
      .build();

  public static final RelSchema SERVES_CUSTOM = new RelSchema("SERVED_BY", CustomModelSchema.NODE, NODE, NODE,
      false, "The custom model is served by the provisioned throughput.");
  public static final RelSchema SERVES_IMPORTED = new RelSchema("SERVED_BY", ImportedModelSchema.NODE, NODE, NODE,
      false, "The imported model is served by the provisioned throughput.");
}
