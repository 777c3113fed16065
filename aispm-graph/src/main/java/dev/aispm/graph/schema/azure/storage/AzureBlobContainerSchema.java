package dev.aispm.graph.schema.azure.storage;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;

/**
 * A blob container: the Azure counterpart of an S3 bucket, so it is the {@code DataStore} the
 * training-data lineage and the identity edges point at.
 */
public final class AzureBlobContainerSchema {
  private AzureBlobContainerSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureBlobContainer")
      .concept("DataStore")
      .description("A blob container. Its id is the ARM id .../storageAccounts/A/blobServices/default/containers/C.")
      .property("name", "Container name")
      .property("storageAccount", "Storage account name")
      .property("storageAccountId", "Storage account ARM id")
      .property("publicAccess", "None, Blob or Container: the anonymous access level set on the container")
      .property("anonymousAccess", "Whether anonymous reads are in effect (container level and the account allows it)")
      .property("policyPublicWrite", "Whether anyone may write without credentials: always false on Azure, which has no anonymous write")
      .property("allowSharedKeyAccess", "Whether the account admits shared-key and SAS requests to it")
      .property("networkDefaultAction", "The account firewall's default action (Allow or Deny)")
      .property("versioning", "Enabled or Disabled, from the account's blob service")
      .property("usedByAi", "Whether an AI asset reads or writes the container")
      .build();

  public static final RelSchema IN_ACCOUNT = RelSchema.toStub("IN_STORAGE_ACCOUNT", NODE,
      AzureStorageAccountSchema.NODE, "The container belongs to the storage account.");
}
