package dev.aispm.collectors.azure.containerapps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmClient;
import java.util.List;

/**
 * Reads container apps through ARM ({@code Microsoft.App/containerApps/read}). The list answer
 * carries each app's secrets' names but never their values (those need the
 * {@code listSecrets} action, which the scan does not call).
 */
public final class ContainerAppFetcher {
  public static final String API = "2024-03-01";

  private final ArmClient arm;

  public ContainerAppFetcher(ArmClient arm) {
    this.arm = arm;
  }

  /** Every container app of the subscription, through every {@code nextLink} page. */
  public List<JsonNode> containerApps(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.App/containerApps", API);
  }
}
