package dev.aispm.collectors.azure.resources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmClient;
import java.util.List;

/** Lists the subscriptions the credential sees and each one's resource groups. ARM only. */
public final class SubscriptionFetcher {
  public static final String API = "2022-12-01";
  public static final String GROUPS_API = "2021-04-01";
  private final ArmClient arm;

  public SubscriptionFetcher(ArmClient arm) {
    this.arm = arm;
  }

  public List<JsonNode> subscriptions() {
    return arm.list("/subscriptions", API);
  }

  public List<JsonNode> resourceGroups(String subscriptionPath) {
    return arm.list(subscriptionPath + "/resourcegroups", GROUPS_API);
  }
}
