package dev.aispm.graph.schema.azure.cognitiveservices;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;

/** A model deployment of an Azure OpenAI / AI Services account and the content filter guarding it. */
public final class AzureCognitiveDeploymentSchema {
  private AzureCognitiveDeploymentSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureCognitiveServicesDeployment")
      .concept("Model")
      .description("A model deployment. Its id is the ARM id .../accounts/A/deployments/D.")
      .property("name", "Deployment name")
      .property("accountName", "Account name")
      .property("modelFormat", "OpenAI, Microsoft, Meta ...")
      .property("modelName", "Model name (gpt-4o ...)")
      .property("modelVersion", "Model version")
      .property("skuName", "Standard, GlobalStandard, ProvisionedManaged ...")
      .property("capacity", "Capacity units")
      .property("raiPolicyName", "Content filter (RAI policy) name; absent means the default policy")
      .property("contentFilterWeakened", "Whether its content filter turns off or stops blocking a category the default blocks (absent: policy not read)")
      .property("disabledFilters", "Filters its policy turns off or sets to annotate only, as category/source")
      .build();

  public static final RelSchema SERVED_BY = RelSchema.toStub("SERVED_BY", NODE, AzureCognitiveAccountSchema.NODE,
      "The account's endpoint serves the deployment.");
  public static final RelSchema PROTECTED_BY = RelSchema.toStub("PROTECTED_BY", NODE,
      AzureRaiPolicySchema.NODE, "The deployment's prompts and completions go through the content filter.");
}
