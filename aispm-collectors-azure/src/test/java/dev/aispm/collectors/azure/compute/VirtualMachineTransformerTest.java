package dev.aispm.collectors.azure.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.arm.Json;
import dev.aispm.collectors.azure.network.InterfaceView;
import dev.aispm.collectors.azure.network.LoadBalancerExposure;
import dev.aispm.collectors.azure.network.NetworkView;
import dev.aispm.collectors.azure.network.SecurityGroupTransformer;
import dev.aispm.collectors.azure.network.VirtualNetworkTransformer;
import dev.aispm.collectors.content.UserData;
import dev.aispm.graph.schema.azure.compute.AzureVirtualMachineSchema;
import dev.aispm.graph.schema.azure.network.AzureSubnetSchema;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which Azure VMs run AI, from recorded List All, Get ($expand=userData), network interface, public
 * IP, virtual network and security group answers written from the Azure REST reference.
 */
@SuppressWarnings("unchecked")
class VirtualMachineTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "11111111-aaaa-4aaa-8aaa-111111111111", "global");
  static final String RG = "/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/vm-prod/providers/";
  static final String VM = RG + "microsoft.compute/virtualmachines/";
  /** A planted token of the vendor's shape in gpu-inference-01's user data; never a real one. */
  static final String PLANTED_HF_TOKEN = "hf_9jYg7SjjPvttfbfMLZuPjII4OoaQmzBinn";

  static List<JsonNode> vms() {
    return Recorded.list("compute", "VirtualMachines_ListAll");
  }

  /** The subscription's network as the network step reads it. */
  static NetworkView network() {
    GraphBatch net = new GraphBatch();
    VirtualNetworkTransformer.transform(Recorded.list("compute", "VirtualNetworks_ListAll"), SCOPE, net);
    return new NetworkView(net.nodes(AzureSubnetSchema.NODE),
        SecurityGroupTransformer.transform(Recorded.list("compute", "NetworkSecurityGroups_ListAll"), SCOPE), true, true);
  }

  static InterfaceView interfaces() {
    return new InterfaceView(Recorded.list("compute", "NetworkInterfaces_ListAll"),
        Recorded.list("compute", "PublicIPAddresses_ListAll"), network());
  }

  /** The decoded user data of every VM the recorded Get answers cover. */
  static Map<String, UserData> userData() {
    Map<String, UserData> out = new HashMap<>();
    for (JsonNode vm : Recorded.list("compute", "VirtualMachines_Get_userData")) {
      out.put(ArmIds.normalize(Json.text(vm, "id")), UserData.decode(Json.text(vm, "properties", "userData")));
    }
    return out;
  }

  static GraphBatch transform(Map<String, UserData> userData, InterfaceView network) {
    GraphBatch out = new GraphBatch();
    VirtualMachineTransformer.transform(vms(), userData, network, "tenant", AiCatalogue.builtIn(),
        AdvisoryStore.bundled(), SCOPE, out);
    return out;
  }

  static Map<String, Object> vm(GraphBatch out, String name) {
    return out.nodes(AzureVirtualMachineSchema.NODE).stream().filter(n -> n.id().equals(VM + name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not written")).properties();
  }

  @Test
  void userDataIsReadForVmsWhoseNameTagsPortsOrGpuSizeMayMeanAi() {
    InterfaceView net = interfaces();
    List<String> chosen = vms().stream().filter(v -> VirtualMachineTransformer.readsUserData(v, net))
        .map(v -> Json.text(v, "name")).toList();
    // ray-head by name and port 8265, analytics-02 by tag, box-7 by Ollama's port, three N-series sizes;
    // web-frontend (B2s, ports 80 and 443) is not asked, nor the entries without an id or with odd properties.
    assertThat(chosen).containsExactly("ray-head", "gpu-inference-01", "render-02", "analytics-02", "box-7",
        "train-a100");
  }

  @Test
  void gpuSizesAreTheNSeries() {
    assertThat(VirtualMachineTransformer.gpu("Standard_NC4as_T4_v3")).isTrue();
    assertThat(VirtualMachineTransformer.gpu("standard_nd96asr_v4")).isTrue();
    assertThat(VirtualMachineTransformer.gpu("Standard_NV36ads_A10_v5")).isTrue();
    assertThat(VirtualMachineTransformer.gpu("Standard_D8s_v5")).isFalse();
    assertThat(VirtualMachineTransformer.gpu("Standard_B2s")).isFalse();
    assertThat(VirtualMachineTransformer.gpu("Standard_NP10s")).as("FPGA, not GPU").isFalse();
    assertThat(VirtualMachineTransformer.gpu(null)).isFalse();
  }

  @Test
  void aRayHeadOpenOnItsDashboardPortIsReachableAndRunsAsItsIdentity() {
    GraphBatch out = transform(userData(), interfaces());

    assertThat(vm(out, "ray-head")).containsEntry("vmSize", "Standard_D8s_v5").containsEntry("gpu", false)
        .containsEntry("resourceGroup", "VM-PROD").containsEntry("osType", "Linux")
        .containsEntry("image", "Canonical:ubuntu-24_04-lts:server:24.04.202411030")
        .containsEntry("publicIpAddresses", List.of("20.61.14.101"))
        // the subnet's group admits the world on every TCP port, the interface's on 8265 only
        .containsEntry("internetExposedPorts", List.of("Tcp:8265"))
        .containsEntry("internetReachable", true).containsEntry("identityType", "SystemAssigned")
        .containsEntry("userData", "read").containsEntry("settingsScan", "scanned")
        .containsEntry("settingSecrets", null);
    RelRecord edge = out.rels(AzureVirtualMachineSchema.INTERNET_CAN_REACH).stream()
        .filter(r -> r.toId().equals(VM + "ray-head")).findFirst().orElseThrow();
    assertThat(edge.properties()).containsEntry("via", "securityGroupOpenToWorld")
        .containsEntry("networkInterfaceId", RG + "microsoft.network/networkinterfaces/ray-head-nic")
        .containsEntry("publicIpAddress", "20.61.14.101").containsEntry("ports", List.of("Tcp:8265"))
        .containsEntry("securityGroupIds", List.of(RG + "microsoft.network/networksecuritygroups/ray-head-nsg",
            RG + "microsoft.network/networksecuritygroups/vm-public-subnet-nsg"));
    NodeRecord ray = out.nodes(AiUsageSchema.NODE).stream().filter(n -> n.id().equals(VM + "ray-head#ai/server/ray"))
        .findFirst().orElseThrow();
    assertThat(ray.properties()).containsEntry("dashboard", true).containsEntry("exposedPorts", List.of("tcp:8265"));
    assertThat((List<Object>) ray.properties().get("evidence")).contains("name ray-head", "port tcp:8265 open to the internet");
    assertThat(out.rels(AzureVirtualMachineSchema.RUNS_AS)).anySatisfy(r -> {
      assertThat(r.fromId()).isEqualTo(VM + "ray-head");
      assertThat(r.toId()).isEqualTo("/tenants/tenant/serviceprincipals/a0000000-0000-4000-8000-0000000009a1");
    });
    assertThat(out.rels(AzureVirtualMachineSchema.HAS_SECURITY_GROUP)).filteredOn(r -> r.fromId().equals(VM + "ray-head"))
        .hasSize(2);
    // Its user data installs Ray: the package hangs from the VM too.
    assertThat(out.rels(AzureVirtualMachineSchema.USES_PACKAGE)).anySatisfy(r -> {
      assertThat(r.fromId()).isEqualTo(VM + "ray-head");
      assertThat(r.toId()).contains("ray");
    });
  }

  @Test
  void aGpuVmRunningTgiFromItsUserDataIsWrittenWithTheSecretNamedByLineAndNeverItsValue() {
    GraphBatch out = transform(userData(), interfaces());

    Map<String, Object> gpu = vm(out, "gpu-inference-01");
    assertThat(gpu).containsEntry("gpu", true).containsEntry("userData", "read")
        .containsEntry("userDataImages", List.of("ghcr.io/huggingface/text-generation-inference:2.0.4"))
        .containsEntry("internetReachable", false).containsEntry("settingsScan", "scanned")
        .containsEntry("image", "microsoft-dsvm:ubuntu-hpc:2204:latest");
    assertThat((List<?>) gpu.get("settingSecrets")).singleElement().asString()
        .startsWith("userData line 6: secret.huggingface-token (high), preview hf_");
    assertThat(out.rels(AzureVirtualMachineSchema.INTERNET_CAN_REACH)).noneMatch(r -> r.toId().equals(VM + "gpu-inference-01"));
    assertThat(out.nodes(AiUsageSchema.NODE)).anySatisfy(n -> {
      assertThat(n.id()).isEqualTo(VM + "gpu-inference-01#ai/server/tgi");
      assertThat((List<Object>) n.properties().get("evidence")).contains("image ghcr.io/huggingface/text-generation-inference:2.0.4");
    });
    assertThat(out.allNodes().toString() + out.allRels()).doesNotContain(PLANTED_HF_TOKEN)
        .doesNotContain("docker run");
  }

  @Test
  void aServerShownByTagCarriesItsVersionPackageAndAdvisoriesAndAVmWithoutUserDataIsScanned() {
    GraphBatch out = transform(userData(), interfaces());

    assertThat(vm(out, "analytics-02")).containsEntry("userData", "none").containsEntry("settingsScan", "scanned")
        .containsEntry("internetReachable", false).containsEntry("publicIpAddresses", null)
        .containsEntry("tags", List.of("app=mlflow", "mlflow-version=2.9.1"));
    assertThat(out.nodes(SoftwarePackageSchema.NODE)).anySatisfy(p ->
        assertThat(p.properties()).containsEntry("name", "mlflow").containsEntry("version", "2.9.1"));
    assertThat(out.rels(AdvisorySchema.AFFECTED_BY)).isNotEmpty();
  }

  @Test
  void aDistinctivePortAloneShowsAServerAndUndecodableUserDataIsAFailedScan() {
    GraphBatch out = transform(userData(), interfaces());

    assertThat(vm(out, "box-7")).containsEntry("internetExposedPorts", List.of("Tcp:11434"))
        .containsEntry("internetReachable", true).containsEntry("userData", "failed")
        .containsEntry("settingsScan", "failed").containsEntry("settingsScanError", "user data is not base64");
    assertThat(out.nodes(AiUsageSchema.NODE)).anySatisfy(n -> assertThat(n.id()).isEqualTo(VM + "box-7#ai/server/ollama"));
  }

  @Test
  void aGpuVmInstallingAiPackagesIsWrittenWithThemAndItsUserAssignedIdentity() {
    GraphBatch out = transform(userData(), interfaces());

    assertThat(vm(out, "train-a100")).containsEntry("installScan", "scanned").containsEntry("identityType", "UserAssigned");
    assertThat(out.rels(AzureVirtualMachineSchema.USES_PACKAGE)).filteredOn(r -> r.fromId().equals(VM + "train-a100"))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(out.rels(AzureVirtualMachineSchema.RUNS_AS)).anySatisfy(r -> {
      assertThat(r.fromId()).isEqualTo(VM + "train-a100");
      assertThat(r.toId()).endsWith("/a0000000-0000-4000-8000-0000000009b2");
    });
  }

  @Test
  void vmsWithoutAiAreNotWrittenAndMalformedEntriesAreSkipped() {
    GraphBatch out = transform(userData(), interfaces());

    // render-02 is a GPU size whose user data (gzip cloud-config) installs nginx and Blender only;
    // web-frontend is open on 80 and 443 and named for nothing; the odd entries say nothing.
    assertThat(out.nodes(AzureVirtualMachineSchema.NODE)).extracting(NodeRecord::id).containsExactlyInAnyOrder(
        VM + "ray-head", VM + "gpu-inference-01", VM + "analytics-02", VM + "box-7", VM + "train-a100");
  }

  @Test
  void unreadUserDataIsUnknownAndHidesWhatOnlyItShows() {
    GraphBatch out = transform(Map.of(), interfaces());

    assertThat(vm(out, "ray-head")).containsEntry("userData", "not-read").containsEntry("settingsScan", "not-read");
    assertThat(out.nodes(AzureVirtualMachineSchema.NODE)).extracting(NodeRecord::id)
        .doesNotContain(VM + "gpu-inference-01", VM + "train-a100");
  }

  @Test
  void unreadInterfacesLeaveReachabilityUnknownAndDrawNoEdge() {
    GraphBatch out = transform(userData(), new InterfaceView(null, null, network()));

    assertThat(vm(out, "ray-head")).containsEntry("internetReachable", null).containsEntry("internetExposedPorts", null);
    assertThat(out.rels(AzureVirtualMachineSchema.INTERNET_CAN_REACH)).isEmpty();
    // Ollama showed only by its port: without the interfaces it is not seen.
    assertThat(out.nodes(AzureVirtualMachineSchema.NODE)).extracting(NodeRecord::id).doesNotContain(VM + "box-7");

    GraphBatch groupsUnknown = transform(userData(), new InterfaceView(Recorded.list("compute", "NetworkInterfaces_ListAll"),
        Recorded.list("compute", "PublicIPAddresses_ListAll"), NetworkView.unknown()));
    assertThat(vm(groupsUnknown, "ray-head")).containsEntry("internetReachable", null);
    assertThat(groupsUnknown.rels(AzureVirtualMachineSchema.INTERNET_CAN_REACH)).isEmpty();
  }

  /** vllm-01: no public IP of its own, in the recorded public load balancer's pool, its subnet's group open on 8000. */
  static GraphBatch behindLoadBalancer(LoadBalancerExposure loadBalancers) {
    String net = "/subscriptions/33333333-cccc-4ccc-8ccc-333333333333/resourceGroups/ai-serving/providers/Microsoft.Network/";
    String subnet = net + "virtualNetworks/serving-vnet/subnets/serving";
    String nsg = net + "networkSecurityGroups/serving-nsg";
    String nic = net + "networkInterfaces/vllm-01-nic";
    JsonNode vm = json("{'id': '/subscriptions/33333333-cccc-4ccc-8ccc-333333333333/resourceGroups/ai-serving/providers/"
        + "Microsoft.Compute/virtualMachines/vllm-01', 'name': 'vllm-01', 'location': 'westeurope', 'properties': "
        + "{'hardwareProfile': {'vmSize': 'Standard_NC24ads_A100_v4'}, 'networkProfile': {'networkInterfaces': "
        + "[{'id': '" + nic + "'}]}}}");
    JsonNode nicJson = json("{'id': '" + nic + "', 'properties': {'ipConfigurations': [{'id': '" + nic
        + "/ipConfigurations/ipconfig1', 'properties': {'privateIPAddress': '10.40.1.4', 'subnet': {'id': '" + subnet
        + "'}}}]}}");
    JsonNode group = json("{'id': '" + nsg + "', 'name': 'serving-nsg', 'properties': {'securityRules': [{'name': "
        + "'allow-vllm', 'properties': {'protocol': 'Tcp', 'destinationPortRange': '8000', 'sourceAddressPrefix': '*', "
        + "'access': 'Allow', 'priority': 100, 'direction': 'Inbound'}}]}}");
    JsonNode frontendIp = json("{'id': '" + net + "publicIPAddresses/ai-lb-ip', 'sku': {'name': 'Standard'}, "
        + "'properties': {'ipAddress': '20.50.60.70'}}");
    NetworkView network = new NetworkView(List.of(NodeRecord.of(subnet.toLowerCase(), SCOPE)
        .set("networkSecurityGroupId", nsg.toLowerCase()).build()),
        SecurityGroupTransformer.transform(List.of(group), SCOPE), true, true);
    GraphBatch out = new GraphBatch();
    VirtualMachineTransformer.transform(List.of(vm), Map.of(), new InterfaceView(List.of(nicJson), List.of(frontendIp),
        network, loadBalancers), "tenant", AiCatalogue.builtIn(), AdvisoryStore.bundled(), SCOPE, out);
    return out;
  }

  static JsonNode json(String text) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void aVmReachedOnlyThroughAPublicLoadBalancerGetsTheEdgeNamingItsFrontend() {
    GraphBatch out = behindLoadBalancer(new LoadBalancerExposure(Recorded.list("network", "LoadBalancers_ListAll")));
    String id = "/subscriptions/33333333-cccc-4ccc-8ccc-333333333333/resourcegroups/ai-serving/providers/"
        + "microsoft.compute/virtualmachines/vllm-01";
    String lb = "/subscriptions/33333333-cccc-4ccc-8ccc-333333333333/resourcegroups/ai-serving/providers/"
        + "microsoft.network/loadbalancers/ai-public-lb";

    Map<String, Object> vm = out.nodes(AzureVirtualMachineSchema.NODE).stream().filter(n -> n.id().equals(id))
        .findFirst().orElseThrow().properties();
    assertThat(vm).containsEntry("internetReachable", true).containsEntry("publicIpAddresses", null)
        .containsEntry("internetExposedPorts", List.of("Tcp:8000"))
        .containsEntry("internetLoadBalancerFrontends", List.of(lb + "/frontendipconfigurations/public-fe"));
    assertThat(out.rels(AzureVirtualMachineSchema.INTERNET_CAN_REACH)).singleElement().satisfies(r -> {
      assertThat(r.toId()).isEqualTo(id);
      assertThat(r.properties()).containsEntry("via", "loadBalancer").containsEntry("loadBalancerId", lb)
          .containsEntry("frontendIpConfigurationId", lb + "/frontendipconfigurations/public-fe")
          .containsEntry("publicIpAddress", "20.50.60.70").containsEntry("ports", List.of("Tcp:8000"))
          .containsEntry("networkInterfaceId", id.replace("microsoft.compute/virtualmachines/vllm-01",
              "microsoft.network/networkinterfaces/vllm-01-nic"));
    });
    assertThat(out.nodes(AiUsageSchema.NODE)).anySatisfy(n -> assertThat(n.id()).isEqualTo(id + "#ai/server/vllm"));
  }

  @Test
  void unreadLoadBalancersLeaveAVmWithoutItsOwnPublicIpUnknownAndDrawNoEdge() {
    GraphBatch out = behindLoadBalancer(new LoadBalancerExposure(null));

    assertThat(out.nodes(AzureVirtualMachineSchema.NODE)).singleElement().satisfies(n ->
        assertThat(n.properties()).containsEntry("internetReachable", null)
            .containsEntry("internetLoadBalancerFrontends", null));
    assertThat(out.rels(AzureVirtualMachineSchema.INTERNET_CAN_REACH)).isEmpty();
    // A VM with its own public IP keeps the verdict that IP gives; one without is unknown.
    GraphBatch recorded = transform(userData(), new InterfaceView(Recorded.list("compute", "NetworkInterfaces_ListAll"),
        Recorded.list("compute", "PublicIPAddresses_ListAll"), network(), new LoadBalancerExposure(null)));
    assertThat(vm(recorded, "ray-head")).containsEntry("internetReachable", true);
    assertThat(vm(recorded, "gpu-inference-01")).containsEntry("internetReachable", null);
  }
}
