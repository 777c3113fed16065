package dev.aispm.collectors.azure.compute;

import static dev.aispm.collectors.azure.arm.Json.number;
import static dev.aispm.collectors.azure.arm.Json.text;
import static dev.aispm.collectors.azure.arm.Json.texts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.collectors.azure.network.InterfaceView;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.UserData;
import dev.aispm.graph.schema.azure.compute.AzureVirtualMachineScaleSetSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.aiusage.SelfHostedServers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns virtual machine scale sets that run AI into scale set nodes, judging each one's model as
 * {@link VirtualMachineTransformer} judges a VM: GPU inference pools and Ray or vLLM clusters run
 * on scale sets whose instances no VM listing shows. The model names the size, the user data, the
 * identities and the network interface configurations every instance gets, so one node stands for
 * all of them; the internet reaches them through a public IP per instance or the public load
 * balancer pools and NAT pools they join ({@link InterfaceView#scaleSetExposure}). Scale sets
 * without AI are not written. Pure: the user data is already read, judged line by line for
 * secrets and never stored.
 */
public final class ScaleSetTransformer {
  private ScaleSetTransformer() {}

  /**
   * Whether a scale set's user data is worth reading: it has an id, and it runs a server its name,
   * tags or open ports show, or it has a GPU size.
   */
  public static boolean readsUserData(JsonNode scaleSet, InterfaceView network) {
    if (ArmIds.normalize(text(scaleSet, "id")) == null) {
      return false;
    }
    List<String> ports = InterfaceView.serverPorts(exposure(scaleSet, network).openPorts());
    return VirtualMachineTransformer.gpu(text(scaleSet, "sku", "name"))
        || !SelfHostedServers.identify(VirtualMachineTransformer.name(scaleSet), VirtualMachineTransformer.tags(scaleSet),
            List.of(), ports).isEmpty();
  }

  /**
   * @param userData the user data of the scale sets {@link #readsUserData} chose, by lower-case ARM
   *                 id; a scale set without an entry was not read (its settings are not judged)
   * @param tenantId the tenant, for the managed identities' principal ids
   */
  public static void transform(List<JsonNode> scaleSets, Map<String, UserData> userData, InterfaceView network,
      String tenantId, AiCatalogue catalogue, AdvisoryIndex advisories, ScopeKey scope, GraphBatch out) {
    for (JsonNode scaleSet : scaleSets) {
      String id = ArmIds.normalize(text(scaleSet, "id"));
      if (id == null) {
        continue;
      }
      String name = VirtualMachineTransformer.name(scaleSet);
      Map<String, String> tags = VirtualMachineTransformer.tags(scaleSet);
      InterfaceView.Exposure exposure = exposure(scaleSet, network);
      UserData script = userData.get(id);
      MachineAi ai = MachineAi.judge(name == null ? id : name, tags, script, exposure, name, catalogue, advisories);
      if (!ai.runsAi()) {
        continue;
      }
      JsonNode p = scaleSet.path("properties");
      JsonNode model = p.path("virtualMachineProfile");
      String vmSize = text(scaleSet, "sku", "name");
      NodeRecord.Builder node = SettingSecrets.write(NodeRecord.of(id, scope),
              VirtualMachineTransformer.secretsOf("azure scale set " + id + " user data", script))
          .set("name", name)
          .set("resourceGroup", ArmIds.resourceGroup(text(scaleSet, "id")))
          .set("location", text(scaleSet, "location"))
          .set("uniqueId", text(p, "uniqueId"))
          .set("vmSize", vmSize)
          .set("capacity", number(scaleSet, "sku", "capacity"))
          .set("gpu", VirtualMachineTransformer.gpu(vmSize))
          .set("orchestrationMode", text(p, "orchestrationMode"))
          .set("provisioningState", text(p, "provisioningState"))
          .set("osType", text(model, "storageProfile", "osDisk", "osType"))
          .set("image", VirtualMachineTransformer.image(model.path("storageProfile").path("imageReference")))
          .set("zones", texts(scaleSet, "zones").isEmpty() ? null : texts(scaleSet, "zones"))
          .set("tags", MachineAi.tagList(tags))
          .set("subnetIds", MachineAi.nonEmpty(exposure.subnetIds()))
          .set("securityGroupIds", MachineAi.nonEmpty(exposure.securityGroupIds()))
          .set("instancePublicIp", instancePublicIp(model))
          .set("loadBalancerPoolIds", MachineAi.nonEmpty(pools(model)))
          .set("internetExposedPorts", MachineAi.nonEmpty(exposure.openPorts()))
          .set("internetReachable", exposure.reachable())
          .set("internetLoadBalancerFrontends", VirtualMachineTransformer.frontends(exposure))
          .set("identityType", ResourceIdentity.type(scaleSet))
          .set("userData", script == null ? UserData.NOT_READ : script.status())
          .set("userDataImages", MachineAi.nonEmpty(ai.images()));
      out.add(AzureVirtualMachineScaleSetSchema.NODE, ai.describe(node));
      for (ResourceIdentity identity : ResourceIdentity.of(scaleSet)) {
        out.link(AzureVirtualMachineScaleSetSchema.RUNS_AS,
            RelRecord.of(id, ResourceIdentity.nodeId(tenantId, identity.principalId()), scope));
      }
      exposure.subnetIds().forEach(s ->
          out.link(AzureVirtualMachineScaleSetSchema.IN_SUBNET, RelRecord.of(id, s, scope)));
      exposure.securityGroupIds().forEach(g ->
          out.link(AzureVirtualMachineScaleSetSchema.HAS_SECURITY_GROUP, RelRecord.of(id, g, scope)));
      MachineAi.writeInternetEdge(id, exposure, AzureVirtualMachineScaleSetSchema.INTERNET_CAN_REACH, scope, out);
      ai.writeAi(id, AzureVirtualMachineScaleSetSchema.USES_AI, AzureVirtualMachineScaleSetSchema.USES_PACKAGE,
          catalogue, advisories, scope, out);
    }
  }

  private static InterfaceView.Exposure exposure(JsonNode scaleSet, InterfaceView network) {
    return network.scaleSetExposure(text(scaleSet, "id"),
        scaleSet.path("properties").path("virtualMachineProfile").path("networkProfile"));
  }

  /** Whether an IP configuration of the model gives each instance a public IP. */
  private static boolean instancePublicIp(JsonNode model) {
    for (JsonNode config : configurations(model)) {
      if (config.path("properties").path("publicIPAddressConfiguration").isObject()) {
        return true;
      }
    }
    return false;
  }

  /** The backend pools and inbound NAT pools the model's IP configurations join, lower-case. */
  private static List<String> pools(JsonNode model) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode config : configurations(model)) {
      for (String field : List.of("loadBalancerBackendAddressPools", "loadBalancerInboundNatPools")) {
        for (JsonNode ref : config.path("properties").path(field)) {
          String pool = ArmIds.normalize(text(ref, "id"));
          if (pool != null) {
            out.add(pool);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<JsonNode> configurations(JsonNode model) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode nic : model.path("networkProfile").path("networkInterfaceConfigurations")) {
      nic.path("properties").path("ipConfigurations").forEach(out::add);
    }
    return out;
  }
}
