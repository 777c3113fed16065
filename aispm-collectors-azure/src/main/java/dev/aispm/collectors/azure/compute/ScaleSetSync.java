package dev.aispm.collectors.azure.compute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.AzureScope;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.arm.Json;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.collectors.azure.network.InterfaceView;
import dev.aispm.collectors.azure.network.LoadBalancerExposure;
import dev.aispm.collectors.azure.network.NetworkView;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.content.UserData;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.azure.compute.AzureVirtualMachineScaleSetSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Collects the virtual machine scale sets of one subscription that run AI: lists them (Virtual
 * Machine Scale Sets - List All), places their models on the networks the network step read and
 * behind the subscription's load balancers, and reads the user data of those that may run AI
 * (Get with {@code $expand=userData}, a few at a time). A failed listing is recorded for the scale
 * set type and the supply-chain types their AI use shares, so cleanup keeps what an earlier scan
 * found; failed load balancers leave reachability unknown; a failed user data read leaves that
 * scale set's user data not read and is recorded once. Nothing stops the rest of the subscription.
 */
public final class ScaleSetSync {
  /** The types a failed read keeps from cleanup: the scale sets and what their AI use and packages hang on. */
  static final List<NodeSchema> TYPES = Stream.concat(Stream.of(AzureVirtualMachineScaleSetSchema.NODE),
      SupplyChainGraph.TYPES.stream()).toList();

  private ScaleSetSync() {}

  /**
   * @param frontends  the subscription's public IPs and load balancers, shared with the virtual machines
   * @param identities collects the scale sets' managed identities, for the principal step
   */
  public static void collect(AzureScope s, NetworkView network, MachineFrontends frontends, AiCatalogue catalogue,
      AdvisoryIndex advisories, Map<String, ResourceIdentity> identities, GraphBatch out) {
    ScaleSetFetcher fetcher = new ScaleSetFetcher(s.arm());
    List<JsonNode> scaleSets = s.read(() -> fetcher.scaleSets(s.path()), TYPES.toArray(NodeSchema[]::new))
        .orElse(null);
    if (scaleSets == null || scaleSets.isEmpty()) {
      return;
    }
    // Instances' interfaces and their own public IPs are described by the model, so the interfaces are
    // not listed. Without the load balancers reachability is unknown and the scale set type is failed to
    // keep earlier edges; the public IPs only give a load balancer frontend's address.
    List<JsonNode> publicIps = frontends.publicIps();
    InterfaceView view = new InterfaceView(List.of(), publicIps == null ? List.of() : publicIps, network,
        new LoadBalancerExposure(frontends.loadBalancers()));
    List<JsonNode> chosen = scaleSets.stream().filter(v -> ScaleSetTransformer.readsUserData(v, view)).toList();
    Map<String, UserData> userData = VirtualMachineSync.readUserData(s, chosen, fetcher::userData, "scale set",
        "Microsoft.Compute/virtualMachineScaleSets/read", TYPES);
    ScaleSetTransformer.transform(scaleSets, userData, view, s.tenantId(), catalogue, advisories, s.scope(), out);
    // Only the identities of scale sets written: a principal for every scale set is no AI inventory.
    Set<String> written = out.nodes(AzureVirtualMachineScaleSetSchema.NODE).stream().map(NodeRecord::id)
        .collect(Collectors.toSet());
    for (JsonNode scaleSet : scaleSets) {
      if (written.contains(ArmIds.normalize(Json.text(scaleSet, "id")))) {
        ResourceIdentity.of(scaleSet).forEach(i -> identities.putIfAbsent(i.principalId(), i));
      }
    }
  }
}
