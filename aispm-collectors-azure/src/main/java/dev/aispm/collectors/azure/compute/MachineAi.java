package dev.aispm.collectors.azure.compute;

import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.network.InterfaceView;
import dev.aispm.collectors.content.ScriptContainerImages;
import dev.aispm.collectors.content.SelfHostedServerGraph;
import dev.aispm.collectors.content.StartupScriptInstalls;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.content.UserData;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.aiusage.SelfHostedServers;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The AI a machine runs, judged the same way for a virtual machine and for a scale set's model,
 * since both boot from user data and sit behind the same kind of network: the self-hosted servers
 * its name, tags, internet-open ports or user data's container images show, and the AI packages
 * its user data installs. Also writes what follows from it (the AI use and packages, the Internet
 * edge) under each type's own relationships, so the two types stay judged alike.
 *
 * @param images   the container images the user data runs
 * @param servers  the self-hosted AI servers recognised
 * @param installs what the user data installs; null when it was not read
 */
record MachineAi(List<String> images, List<SelfHostedServers.Match> servers, StartupScriptInstalls.Report installs) {

  /**
   * @param label  names the user data in install evidence ({@code NAME/userData})
   * @param script the machine's user data; null when not read
   */
  static MachineAi judge(String label, Map<String, String> tags, UserData script, InterfaceView.Exposure exposure,
      String name, AiCatalogue catalogue, AdvisoryIndex advisories) {
    boolean read = script != null && UserData.READ.equals(script.status());
    List<String> images = read ? ScriptContainerImages.images(script.text()) : List.of();
    List<SelfHostedServers.Match> servers = SelfHostedServers.identify(name, tags, images,
        InterfaceView.serverPorts(exposure.openPorts()));
    StartupScriptInstalls.Report installs = read
        ? StartupScriptInstalls.read(Map.of(label + "/userData", script.text()), 0, catalogue, advisories)
        : null;
    return new MachineAi(images, servers, installs);
  }

  /** Whether the machine runs AI at all: only then is it written. */
  boolean runsAi() {
    return !servers.isEmpty() || (installs != null && !installs.code().aiPackages().isEmpty());
  }

  /** The node with what the user data installs described on it. */
  NodeRecord describe(NodeRecord.Builder node) {
    return (installs == null ? node : installs.describe(node)).build();
  }

  /** The servers and installed packages as AI use, packages and advisories of {@code id}. */
  void writeAi(String id, RelSchema usesAi, RelSchema usesPackage, AiCatalogue catalogue, AdvisoryIndex advisories,
      ScopeKey scope, GraphBatch out) {
    WriteBatch ai = new WriteBatch();
    for (SelfHostedServers.Match m : servers) {
      SelfHostedServerGraph.write(ai, id, m, usesAi, usesPackage, catalogue, advisories, scope);
    }
    if (installs != null) {
      // Azure OpenAI and Azure AI Services are Azure's managed AI: their use shows in their own inventory.
      SupplyChainGraph.write(ai, id, installs.code(), scope, usesPackage, usesAi, "azure");
    }
    out.addAll(ai, List.of(usesAi, usesPackage, AdvisorySchema.AFFECTED_BY));
  }

  /**
   * The Internet edge to {@code id} when the exposure says the internet reaches it: the first way
   * in, and the ports of all of them.
   */
  static void writeInternetEdge(String id, InterfaceView.Exposure exposure, RelSchema canReach, ScopeKey scope,
      GraphBatch out) {
    if (!Boolean.TRUE.equals(exposure.reachable())) {
      return;
    }
    InterfaceView.Path first = exposure.paths().get(0);
    Set<String> ports = new LinkedHashSet<>();
    exposure.paths().forEach(path -> ports.addAll(path.ports()));
    Map<String, Object> via = new LinkedHashMap<>();
    via.put("via", first.via());
    via.put("networkInterfaceId", first.networkInterfaceId());
    if (first.publicIpAddress() != null) {
      via.put("publicIpAddress", first.publicIpAddress());
    }
    if (first.loadBalancerId() != null) {
      via.put("loadBalancerId", first.loadBalancerId());
      via.put("frontendIpConfigurationId", first.frontendIpConfigurationId());
    }
    via.put("securityGroupIds", first.securityGroupIds());
    via.put("ports", List.copyOf(ports));
    out.link(canReach, RelRecord.of(CommonSchemas.INTERNET_ID, id, scope, via));
  }

  /** Tags as key=value, null when there are none. */
  static List<String> tagList(Map<String, String> tags) {
    return tags.isEmpty() ? null : tags.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
  }

  static List<String> nonEmpty(List<String> values) {
    return values.isEmpty() ? null : values;
  }
}
