package dev.aispm.collectors.azure.authorization;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmClient;
import java.util.List;

/** Lists role assignments, role definitions and user-assigned identities of a subscription. ARM only. */
public final class AuthorizationFetcher {
  public static final String API = "2022-04-01";
  public static final String IDENTITY_API = "2023-01-31";
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

  public List<JsonNode> userAssignedIdentities(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities", IDENTITY_API);
  }
}
