package dev.aispm.graph.schema.azure.machinelearning;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.storage.AzureBlobModelArtifactSchema;

/** A registered model version of a workspace and where its files live. */
public final class AzureMLModelVersionSchema {
  private AzureMLModelVersionSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureMLModelVersion")
      .concept("Model")
      .description("A model version registered in an Azure ML workspace. Its id is the ARM id .../models/M/versions/V.")
      .property("name", "Model name:version")
      .property("modelName", "Model name")
      .property("version", "Version")
      .property("workspace", "Workspace name")
      .property("modelType", "custom_model, mlflow_model or triton_model")
      .property("modelUri", "Where the files are, as registered (azureml:// or https://)")
      .property("jobName", "The job that produced it, when registered from one")
      .build();

  public static final RelSchema USES_ARTIFACT = RelSchema.toStub("USES_ARTIFACT", NODE,
      AzureBlobModelArtifactSchema.NODE, "The model version's files.");
  public static final RelSchema IN_WORKSPACE = RelSchema.toStub("IN_WORKSPACE", NODE,
      AzureMLWorkspaceSchema.NODE, "The model is registered in the workspace.");
}
