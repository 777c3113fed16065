package dev.aispm.graph.schema.azure.machinelearning;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.storage.AzureBlobPrefixSchema;

/**
 * A version of an Azure ML data asset: a name a job input refers to ({@code azureml:NAME:VERSION})
 * instead of a storage path. Resolving it to the blobs behind it is what keeps the training-data
 * lineage (job -> blobs -> container) unbroken when teams register their data, as most do.
 */
public final class AzureMLDataAssetSchema {
  private AzureMLDataAssetSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureMLDataAsset")
      .concept("Dataset")
      .description("A data asset version. Its id is the ARM id .../workspaces/W/data/NAME/versions/V.")
      .property("name", "NAME:VERSION, as job inputs refer to it")
      .property("assetName", "Data asset name")
      .property("version", "Version")
      .property("workspace", "Workspace name")
      .property("dataType", "uri_file, uri_folder or mltable")
      .property("dataUri", "Where the data lives (azureml://datastores/..., https://...)")
      .property("isLatest", "Whether it is the asset's latest version")
      .property("isArchived", "Whether the version is archived")
      .build();

  public static final RelSchema READS = RelSchema.toStub("READS", NODE, AzureBlobPrefixSchema.NODE,
      "The data asset version is the blobs under the prefix.");
  public static final RelSchema IN_WORKSPACE = RelSchema.toStub("IN_WORKSPACE", NODE,
      AzureMLWorkspaceSchema.NODE, "The data asset belongs to the workspace.");
  /** Owned by the job's sync: it is the job that names the asset. */
  public static final RelSchema USED_BY_JOB = new RelSchema("USES_DATASET", AzureMLJobSchema.NODE, NODE,
      AzureMLJobSchema.NODE, false, "The job takes the data asset version as an input. Property input.");
}
