package dev.aispm.collectors.azure.containerregistry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmClient;
import java.util.List;

/** Lists the container registries of a subscription. ARM only. */
public final class ContainerRegistryFetcher {
  public static final String API = "2023-07-01";
  private final ArmClient arm;

  public ContainerRegistryFetcher(ArmClient arm) {
    this.arm = arm;
  }

  /** Microsoft.ContainerRegistry/registries/read over the subscription. */
  public List<JsonNode> registries(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.ContainerRegistry/registries", API);
  }
}
