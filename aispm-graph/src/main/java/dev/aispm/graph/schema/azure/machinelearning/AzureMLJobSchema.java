package dev.aispm.graph.schema.azure.machinelearning;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.storage.AzureBlobModelArtifactSchema;
import dev.aispm.graph.schema.azure.storage.AzureBlobPrefixSchema;

/** An Azure ML job with the data it read and the outputs it wrote: the training lineage. */
public final class AzureMLJobSchema {
  private AzureMLJobSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureMLJob")
      .concept("TrainingJob")
      .description("An Azure ML command, sweep or pipeline job. Its id is the ARM id .../workspaces/W/jobs/J.")
      .property("name", "Job name")
      .property("displayName", "Display name")
      .property("workspace", "Workspace name")
      .property("jobType", "Command, Sweep, Pipeline ...")
      .property("status", "Completed, Running, Failed ...")
      .property("experimentName", "Experiment")
      .property("computeId", "Compute target ARM id")
      .property("identityType", "AMLToken, Managed or UserIdentity: whose rights the job's data access uses")
      .property("inputUris", "Input URIs")
      .property("outputUris", "Output URIs")
      .properties(b -> SettingProperties.declare(b, "the environment variables"))
      .build();

  public static final RelSchema READS = RelSchema.toStub("READS", NODE, AzureBlobPrefixSchema.NODE,
      "The job reads the blobs as input. Property input.");
  public static final RelSchema WRITES = RelSchema.toStub("WRITES", NODE, AzureBlobPrefixSchema.NODE,
      "The job writes the blobs as output. Property output.");
  public static final RelSchema PRODUCED = RelSchema.toStub("PRODUCED", NODE, AzureBlobModelArtifactSchema.NODE,
      "The job's model output.");
  public static final RelSchema RUNS_ON = RelSchema.of("RUNS_ON", NODE, AzureMLComputeSchema.CLUSTER,
      "The job runs on the compute cluster.");
  public static final RelSchema IN_WORKSPACE = RelSchema.toStub("IN_WORKSPACE", NODE,
      AzureMLWorkspaceSchema.NODE, "The job belongs to the workspace.");
}
