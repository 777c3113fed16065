package dev.aispm.collectors.azure.compute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmClient;
import dev.aispm.collectors.azure.arm.Json;
import java.util.List;

/**
 * Lists a subscription's virtual machine scale sets and reads one scale set's user data, which the
 * listing leaves out. ARM only; both calls need {@code Microsoft.Compute/virtualMachineScaleSets/read}.
 */
public final class ScaleSetFetcher {
  private final ArmClient arm;

  public ScaleSetFetcher(ArmClient arm) {
    this.arm = arm;
  }

  /** Virtual Machine Scale Sets - List All, following nextLink. */
  public List<JsonNode> scaleSets(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.Compute/virtualMachineScaleSets",
        VirtualMachineFetcher.API);
  }

  /**
   * Virtual Machine Scale Sets - Get with {@code $expand=userData}: the base64 user data of its
   * model, or null when it has none.
   *
   * @param scaleSetPath the scale set's ARM id as ARM spelled it
   */
  public String userData(String scaleSetPath) {
    return Json.text(arm.get(scaleSetPath + "?$expand=userData", VirtualMachineFetcher.API),
        "properties", "virtualMachineProfile", "userData");
  }
}
