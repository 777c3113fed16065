package dev.aispm.collectors.azure.containerapps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmClient;
import java.util.List;

/**
 * Reads container apps, their revisions and Container Apps jobs through ARM
 * ({@code Microsoft.App/containerApps/read}, {@code Microsoft.App/containerApps/revisions/read},
 * {@code Microsoft.App/jobs/read}). The list answers carry secrets' names but never their values
 * (those need the {@code listSecrets} actions, which the scan does not call).
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

  /** Every revision of one app (active or not), through every {@code nextLink} page. */
  public List<JsonNode> revisions(String appPath) {
    return arm.list(appPath + "/revisions", API);
  }

  /** Every Container Apps job of the subscription, through every {@code nextLink} page. */
  public List<JsonNode> jobs(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.App/jobs", API);
  }
}
