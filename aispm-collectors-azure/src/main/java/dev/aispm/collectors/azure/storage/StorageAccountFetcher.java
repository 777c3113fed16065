package dev.aispm.collectors.azure.storage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmClient;
import java.util.List;

/** Lists storage accounts, and reads each account's blob service and containers. ARM only. */
public final class StorageAccountFetcher {
  public static final String API = "2023-05-01";
  private final ArmClient arm;

  public StorageAccountFetcher(ArmClient arm) {
    this.arm = arm;
  }

  /** Microsoft.Storage/storageAccounts/read over the subscription. */
  public List<JsonNode> accounts(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.Storage/storageAccounts", API);
  }

  /** Soft delete and versioning live on the account's (single) blob service. */
  public JsonNode blobService(String accountId) {
    return arm.get(accountId + "/blobServices/default", API);
  }

  public List<JsonNode> containers(String accountId) {
    return arm.list(accountId + "/blobServices/default/containers", API);
  }
}
