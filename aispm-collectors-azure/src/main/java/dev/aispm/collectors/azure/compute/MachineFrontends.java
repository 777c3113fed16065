package dev.aispm.collectors.azure.compute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.AzureScope;
import dev.aispm.collectors.azure.network.NetworkFetcher;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.azure.compute.AzureVirtualMachineScaleSetSchema;
import dev.aispm.graph.schema.azure.compute.AzureVirtualMachineSchema;
import java.util.List;

/**
 * The subscription's public IP addresses and load balancers, listed once for the virtual machines
 * and the scale sets alike: both place machines behind the same frontends, and each list is a
 * paged call over the whole subscription. A list is read when a machine type first needs it; a
 * failure is recorded for both machine types, since neither can then judge what reaches it.
 */
public final class MachineFrontends {
  private static final NodeSchema[] TYPES = {AzureVirtualMachineSchema.NODE, AzureVirtualMachineScaleSetSchema.NODE};

  private final AzureScope scope;
  private final NetworkFetcher net;
  private boolean publicIpsAsked;
  private List<JsonNode> publicIps;
  private boolean loadBalancersAsked;
  private List<JsonNode> loadBalancers;

  public MachineFrontends(AzureScope scope) {
    this.scope = scope;
    this.net = new NetworkFetcher(scope.arm());
  }

  /** The public IP addresses; null when they could not be listed. */
  List<JsonNode> publicIps() {
    if (!publicIpsAsked) {
      publicIpsAsked = true;
      publicIps = scope.read(() -> net.publicIpAddresses(scope.path()), TYPES).orElse(null);
    }
    return publicIps;
  }

  /** The load balancers; null when they could not be listed. */
  List<JsonNode> loadBalancers() {
    if (!loadBalancersAsked) {
      loadBalancersAsked = true;
      loadBalancers = scope.read(() -> net.loadBalancers(scope.path()), TYPES).orElse(null);
    }
    return loadBalancers;
  }
}
