package dev.aispm.graph.schema.azure.machinelearning;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.storage.AzureBlobContainerSchema;

/**
 * A workspace datastore: a named connection to storage and the credential the workspace keeps for
 * it. An account-key or SAS datastore hands data-plane access to everyone who can use the workspace.
 */
public final class AzureMLDatastoreSchema {
  private AzureMLDatastoreSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureMLDatastore")
      .description("A datastore of an Azure ML workspace. Its id is the ARM id .../workspaces/W/datastores/D.")
      .property("name", "Datastore name")
      .property("workspace", "Workspace name")
      .property("datastoreType", "AzureBlob, AzureDataLakeGen2, AzureFile ...")
      .property("accountName", "Storage account name")
      .property("containerName", "Container or file system")
      .property("credentialsType", "AccountKey, Sas, ServicePrincipal, Certificate or None (identity-based)")
      .property("sharedKeyCredential", "Whether the workspace stores an account key or SAS token for it")
      .property("isDefault", "Whether it is the workspace default datastore")
      .property("serviceDataAccessAuthIdentity", "Identity the studio uses for data access")
      .build();

  public static final RelSchema POINTS_TO = RelSchema.toStub("POINTS_TO", NODE, AzureBlobContainerSchema.NODE,
      "The datastore reads and writes the container.");
  public static final RelSchema IN_WORKSPACE = RelSchema.toStub("IN_WORKSPACE", NODE,
      AzureMLWorkspaceSchema.NODE, "The datastore belongs to the workspace.");
}
