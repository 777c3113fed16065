package dev.aispm.collectors.azure.compute;

import static dev.aispm.collectors.azure.arm.Json.text;
import static dev.aispm.collectors.azure.arm.Json.texts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.collectors.azure.network.InterfaceView;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.UserData;
import dev.aispm.graph.schema.azure.compute.AzureVirtualMachineSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.aiusage.SelfHostedServers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
      MachineAi ai = MachineAi.judge(name == null ? id : name, tags, script, exposure, name, catalogue, advisories);
      if (!ai.runsAi()) {
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
          .set("tags", MachineAi.tagList(tags))
          .set("networkInterfaceIds", nonEmpty(interfaces(vm).stream().map(ArmIds::normalize).toList()))
          .set("subnetIds", nonEmpty(exposure.subnetIds()))
          .set("securityGroupIds", nonEmpty(exposure.securityGroupIds()))
          .set("publicIpAddresses", nonEmpty(exposure.publicIpAddresses()))
          .set("internetExposedPorts", nonEmpty(exposure.openPorts()))
          .set("internetReachable", exposure.reachable())
          .set("internetLoadBalancerFrontends", frontends(exposure))
          .set("identityType", ResourceIdentity.type(vm))
          .set("userData", script == null ? UserData.NOT_READ : script.status())
          .set("userDataImages", nonEmpty(ai.images()));
      out.add(AzureVirtualMachineSchema.NODE, ai.describe(node));
      for (ResourceIdentity identity : ResourceIdentity.of(vm)) {
        out.link(AzureVirtualMachineSchema.RUNS_AS,
            RelRecord.of(id, ResourceIdentity.nodeId(tenantId, identity.principalId()), scope));
      }
      exposure.subnetIds().forEach(s -> out.link(AzureVirtualMachineSchema.IN_SUBNET, RelRecord.of(id, s, scope)));
      exposure.securityGroupIds().forEach(g ->
          out.link(AzureVirtualMachineSchema.HAS_SECURITY_GROUP, RelRecord.of(id, g, scope)));
      MachineAi.writeInternetEdge(id, exposure, AzureVirtualMachineSchema.INTERNET_CAN_REACH, scope, out);
      ai.writeAi(id, AzureVirtualMachineSchema.USES_AI, AzureVirtualMachineSchema.USES_PACKAGE, catalogue, advisories,
          scope, out);
    }
  }

  /** The public load balancer frontends the internet reaches a machine through; null when none. */
  static List<String> frontends(InterfaceView.Exposure exposure) {
    return nonEmpty(exposure.paths().stream().map(InterfaceView.Path::frontendIpConfigurationId)
        .filter(Objects::nonNull).distinct().toList());
  }

  /** The user data judged for secrets, one setting per non-blank line ({@code userData line 6}). */
  static SettingSecrets.Report secrets(String id, UserData script) {
    return secretsOf("azure vm " + id + " user data", script);
  }

  /** @param what names the user data in what the secret scan logs, never its content */
  static SettingSecrets.Report secretsOf(String what, UserData script) {
    return script == null ? SettingSecrets.Report.notRead("user data not read") : script.secrets("userData", what);
  }

  static String name(JsonNode vm) {
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
    return MachineAi.nonEmpty(values);
  }
}
