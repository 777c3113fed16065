package dev.aispm.collectors.azure.compute;

import static dev.aispm.collectors.azure.arm.Json.text;
import static dev.aispm.collectors.azure.arm.Json.texts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.collectors.azure.network.InterfaceView;
import dev.aispm.collectors.content.ScriptContainerImages;
import dev.aispm.collectors.content.SelfHostedServerGraph;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.StartupScriptInstalls;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.content.UserData;
import dev.aispm.graph.schema.azure.compute.AzureVirtualMachineSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.aiusage.SelfHostedServers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns Azure virtual machines that run AI into VM nodes: a self-hosted AI server that their name,
 * tags, the ports their security groups open to the internet or the container images their user
 * data runs show, or AI packages their user data installs. Each gets the server as AI use, its
 * package and advisories when a tag or image names its version, the Internet edge when an
 * interface has a public IP, or sits behind a public load balancer, and the security groups on the
 * way admit the world, and the managed
 * identities it runs as. Machines without AI are not written. Pure: the user data is already read.
 *
 * <p>User data is read only for machines that may run AI ({@link #readsUserData}) and is judged
 * here, line by line, for secrets: a {@code docker run -e HF_TOKEN=hf_...} in it is readable by
 * every principal allowed {@code Microsoft.Compute/virtualMachines/read}, part of Azure's Reader
 * role. Only each secret's line, kind, preview and fingerprint are kept; the script is never stored.
 */
public final class VirtualMachineTransformer {
  /** GPU sizes, Azure's N-series: NC and ND (compute and training), NV (visualisation, also used for inference). */
  private static final Pattern GPU = Pattern.compile("(?i)standard_n[cdv][0-9a-z_]*");

  private VirtualMachineTransformer() {}

  /** Whether a VM size is of a GPU family, e.g. Standard_NC4as_T4_v3, Standard_ND96asr_v4, Standard_NV36ads_A10_v5. */
  static boolean gpu(String vmSize) {
    return vmSize != null && GPU.matcher(vmSize).matches();
  }

  /**
   * Whether a VM's user data is worth reading: it has an id, and it runs a server its name, tags or
   * open ports show, or it has a GPU size.
   */
  public static boolean readsUserData(JsonNode vm, InterfaceView network) {
    if (ArmIds.normalize(text(vm, "id")) == null) {
      return false;
    }
    return gpu(text(vm, "properties", "hardwareProfile", "vmSize"))
        || !SelfHostedServers.identify(name(vm), tags(vm), List.of(), serverPorts(vm, network)).isEmpty();
  }

  /**
   * @param userData the user data of the VMs {@link #readsUserData} chose, by lower-case ARM id; a
   *                 VM without an entry was not read (its settings are not judged)
   * @param tenantId the tenant, for the managed identities' principal ids
   */
  public static void transform(List<JsonNode> vms, Map<String, UserData> userData, InterfaceView network,
      String tenantId, AiCatalogue catalogue, AdvisoryIndex advisories, ScopeKey scope, GraphBatch out) {
    for (JsonNode vm : vms) {
      String id = ArmIds.normalize(text(vm, "id"));
      if (id == null) {
        continue;
      }
      String name = name(vm);
      Map<String, String> tags = tags(vm);
      InterfaceView.Exposure exposure = network.exposure(interfaces(vm));
      UserData script = userData.get(id);
      boolean read = script != null && UserData.READ.equals(script.status());
      List<String> images = read ? ScriptContainerImages.images(script.text()) : List.of();
      List<SelfHostedServers.Match> servers = SelfHostedServers.identify(name, tags, images,
          InterfaceView.serverPorts(exposure.openPorts()));
      StartupScriptInstalls.Report installs = read
          ? StartupScriptInstalls.read(Map.of((name == null ? id : name) + "/userData", script.text()), 0, catalogue,
              advisories)
          : null;
      if (servers.isEmpty() && (installs == null || installs.code().aiPackages().isEmpty())) {
        continue;
      }
      JsonNode p = vm.path("properties");
      String vmSize = text(p, "hardwareProfile", "vmSize");
      NodeRecord.Builder node = SettingSecrets.write(NodeRecord.of(id, scope), secrets(id, script))
          .set("name", name)
          .set("resourceGroup", ArmIds.resourceGroup(text(vm, "id")))
          .set("location", text(vm, "location"))
          .set("vmId", text(p, "vmId"))
          .set("vmSize", vmSize)
          .set("gpu", gpu(vmSize))
          .set("provisioningState", text(p, "provisioningState"))
          .set("osType", text(p, "storageProfile", "osDisk", "osType"))
          .set("image", image(p.path("storageProfile").path("imageReference")))
          .set("zones", texts(vm, "zones").isEmpty() ? null : texts(vm, "zones"))
          .set("tags", tags.isEmpty() ? null : tags.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
          .set("networkInterfaceIds", nonEmpty(interfaces(vm).stream().map(ArmIds::normalize).toList()))
          .set("subnetIds", nonEmpty(exposure.subnetIds()))
          .set("securityGroupIds", nonEmpty(exposure.securityGroupIds()))
          .set("publicIpAddresses", nonEmpty(exposure.publicIpAddresses()))
          .set("internetExposedPorts", nonEmpty(exposure.openPorts()))
          .set("internetReachable", exposure.reachable())
          .set("internetLoadBalancerFrontends", nonEmpty(exposure.paths().stream()
              .map(InterfaceView.Path::frontendIpConfigurationId).filter(Objects::nonNull).distinct().toList()))
          .set("identityType", ResourceIdentity.type(vm))
          .set("userData", script == null ? UserData.NOT_READ : script.status())
          .set("userDataImages", nonEmpty(images));
      out.add(AzureVirtualMachineSchema.NODE, (installs == null ? node : installs.describe(node)).build());
      for (ResourceIdentity identity : ResourceIdentity.of(vm)) {
        out.link(AzureVirtualMachineSchema.RUNS_AS,
            RelRecord.of(id, ResourceIdentity.nodeId(tenantId, identity.principalId()), scope));
      }
      exposure.subnetIds().forEach(s -> out.link(AzureVirtualMachineSchema.IN_SUBNET, RelRecord.of(id, s, scope)));
      exposure.securityGroupIds().forEach(g ->
          out.link(AzureVirtualMachineSchema.HAS_SECURITY_GROUP, RelRecord.of(id, g, scope)));
      if (Boolean.TRUE.equals(exposure.reachable())) {
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
        out.link(AzureVirtualMachineSchema.INTERNET_CAN_REACH, RelRecord.of(CommonSchemas.INTERNET_ID, id, scope, via));
      }
      WriteBatch ai = new WriteBatch();
      for (SelfHostedServers.Match m : servers) {
        SelfHostedServerGraph.write(ai, id, m, AzureVirtualMachineSchema.USES_AI, AzureVirtualMachineSchema.USES_PACKAGE,
            catalogue, advisories, scope);
      }
      if (installs != null) {
        // Azure OpenAI and Azure AI Services are Azure's managed AI: their use shows in their own inventory.
        SupplyChainGraph.write(ai, id, installs.code(), scope, AzureVirtualMachineSchema.USES_PACKAGE,
            AzureVirtualMachineSchema.USES_AI, "azure");
      }
      out.addAll(ai, List.of(AzureVirtualMachineSchema.USES_AI, AzureVirtualMachineSchema.USES_PACKAGE,
          AdvisorySchema.AFFECTED_BY));
    }
  }

  /** The user data judged for secrets, one setting per non-blank line ({@code userData line 6}). */
  static SettingSecrets.Report secrets(String id, UserData script) {
    return script == null ? SettingSecrets.Report.notRead("user data not read")
        : script.secrets("userData", "azure vm " + id + " user data");
  }

  private static String name(JsonNode vm) {
    String name = text(vm, "name");
    return name != null ? name : ArmIds.name(text(vm, "id"));
  }

  /** The VM's tags; values that are not text are left out. */
  static Map<String, String> tags(JsonNode vm) {
    Map<String, String> tags = new LinkedHashMap<>();
    JsonNode t = vm.path("tags");
    if (t.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
        var e = it.next();
        if (e.getValue().isValueNode() && !e.getValue().isNull()) {
          tags.put(e.getKey(), e.getValue().asText());
        }
      }
    }
    return tags;
  }

  /** ARM ids of the VM's network interfaces, as ARM spelled them. */
  static List<String> interfaces(JsonNode vm) {
    List<String> out = new ArrayList<>();
    for (JsonNode nic : vm.path("properties").path("networkProfile").path("networkInterfaces")) {
      String id = text(nic, "id");
      if (id != null) {
        out.add(id);
      }
    }
    return out;
  }

  private static List<String> serverPorts(JsonNode vm, InterfaceView network) {
    return InterfaceView.serverPorts(network.exposure(interfaces(vm)).openPorts());
  }

  /** PUBLISHER:OFFER:SKU:VERSION of a marketplace image, else the gallery or managed image id; null when unknown. */
  static String image(JsonNode ref) {
    String publisher = text(ref, "publisher");
    String offer = text(ref, "offer");
    String sku = text(ref, "sku");
    if (publisher != null && offer != null && sku != null) {
      String version = text(ref, "exactVersion") != null ? text(ref, "exactVersion") : text(ref, "version");
      return publisher + ":" + offer + ":" + sku + ":" + (version == null ? "latest" : version);
    }
    for (String field : List.of("id", "sharedGalleryImageId", "communityGalleryImageId")) {
      if (text(ref, field) != null) {
        return text(ref, field);
      }
    }
    return null;
  }

  private static List<String> nonEmpty(List<String> values) {
    return values.isEmpty() ? null : values;
  }
}
