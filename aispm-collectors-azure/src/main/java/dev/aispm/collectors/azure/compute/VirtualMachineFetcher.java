package dev.aispm.collectors.azure.compute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmClient;
import dev.aispm.collectors.azure.arm.Json;
import java.util.List;

/**
 * Lists a subscription's virtual machines and reads one machine's user data, which the listing
 * leaves out. ARM only; both calls need {@code Microsoft.Compute/virtualMachines/read}.
 */
public final class VirtualMachineFetcher {
  public static final String API = "2024-07-01";
  private final ArmClient arm;

  public VirtualMachineFetcher(ArmClient arm) {
    this.arm = arm;
  }

  /** Virtual Machines - List All, following nextLink. */
  public List<JsonNode> virtualMachines(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.Compute/virtualMachines", API);
  }

  /**
   * Virtual Machines - Get with {@code $expand=userData}: the base64 user data, or null when the
   * VM has none.
   *
   * @param vmPath the VM's ARM id as ARM spelled it
   */
  public String userData(String vmPath) {
    return Json.text(arm.get(vmPath + "?$expand=userData", API), "properties", "userData");
  }
}
