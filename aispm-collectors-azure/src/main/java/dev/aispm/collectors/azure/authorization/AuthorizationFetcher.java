package dev.aispm.collectors.azure.authorization;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmClient;
import java.util.List;

/** Lists role assignments and role definitions of a subscription. ARM only. */
public final class AuthorizationFetcher {
  public static final String API = "2022-04-01";
  private final ArmClient arm;

  public AuthorizationFetcher(ArmClient arm) {
    this.arm = arm;
  }

  /** Every assignment at the subscription, its groups and resources, and those inherited from above. */
  public List<JsonNode> roleAssignments(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.Authorization/roleAssignments", API);
  }

  /** Built-in and custom role definitions usable in the subscription. */
  public List<JsonNode> roleDefinitions(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.Authorization/roleDefinitions", API);
  }
}
