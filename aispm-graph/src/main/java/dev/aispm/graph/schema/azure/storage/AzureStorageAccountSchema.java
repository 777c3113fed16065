package dev.aispm.graph.schema.azure.storage;

import dev.aispm.graph.schema.NodeSchema;

/**
 * An Azure storage account. Anonymous access, shared keys and the network default are decided
 * here, once for every container in it; the containers carry the effective result.
 */
public final class AzureStorageAccountSchema {
  private AzureStorageAccountSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureStorageAccount")
      .description("An Azure storage account. Its id is the ARM id.")
      .property("name", "Account name")
      .property("resourceGroup", "Resource group name")
      .property("location", "Azure location")
      .property("kind", "StorageV2, BlobStorage ...")
      .property("allowBlobPublicAccess", "Whether containers may allow anonymous reads (absent means false, as the API documents)")
      .property("allowSharedKeyAccess", "Whether requests signed with an account key or SAS are admitted (absent means true, as the API documents)")
      .property("minimumTlsVersion", "TLS1_0, TLS1_1, TLS1_2 or TLS1_3")
      .property("httpsOnly", "Whether plain HTTP requests are refused")
      .property("publicNetworkAccess", "Enabled, Disabled or SecuredByPerimeter")
      .property("networkDefaultAction", "Allow or Deny: what the firewall does with an address no rule names")
      .property("encryptionKeySource", "Microsoft.Storage (Microsoft-managed) or Microsoft.Keyvault (customer key)")
      .property("customerManagedKey", "Whether data is encrypted with a customer-managed key")
      .property("blobSoftDelete", "Whether deleted blobs are kept for a retention period (absent: blob service not read)")
      .property("containerSoftDelete", "Whether deleted containers are kept for a retention period")
      .property("versioning", "Whether blob versioning is on")
      .property("blobEndpoint", "Primary blob endpoint URL")
      .property("usedByAi", "Whether an AI asset reads or writes one of its containers")
      .build();
}
