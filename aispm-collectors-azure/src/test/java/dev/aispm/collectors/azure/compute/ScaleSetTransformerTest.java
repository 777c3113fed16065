package dev.aispm.collectors.azure.compute;

import static dev.aispm.collectors.azure.compute.VirtualMachineTransformerTest.SCOPE;
import static dev.aispm.collectors.azure.compute.VirtualMachineTransformerTest.network;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.arm.Json;
import dev.aispm.collectors.azure.network.InterfaceView;
import dev.aispm.collectors.azure.network.LoadBalancerExposure;
import dev.aispm.collectors.content.UserData;
import dev.aispm.graph.schema.azure.compute.AzureVirtualMachineScaleSetSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which Azure scale sets run AI and whether the internet reaches their instances, from recorded
 * Virtual Machine Scale Sets List All and Get ($expand=userData) answers and load balancers written
 * from the Azure REST reference, on the virtual network and security groups of the VM tests.
 */
@SuppressWarnings("unchecked")
class ScaleSetTransformerTest {
  static final String RG = VirtualMachineTransformerTest.RG;
  static final String SS = RG + "microsoft.compute/virtualmachinescalesets/";
  static final String LB = RG + "microsoft.network/loadbalancers/";
  /** A planted token of the vendor's shape in vllm-gpu-pool's user data; never a real one. */
  static final String PLANTED_HF_TOKEN = "hf_Qp7rXw2LmN4vT8kZs1JdYc6BgHaE0uFiOo";

  static List<JsonNode> scaleSets() {
    return Recorded.list("compute", "VirtualMachineScaleSets_ListAll");
  }

  static InterfaceView view(List<JsonNode> loadBalancers) {
    return new InterfaceView(List.of(), Recorded.list("compute", "PublicIPAddresses_ListAll_scaleSets"), network(),
        new LoadBalancerExposure(loadBalancers));
  }

  static List<JsonNode> loadBalancers() {
    return Recorded.list("compute", "LoadBalancers_ListAll_scaleSets");
  }

  static Map<String, UserData> userData() {
    Map<String, UserData> out = new HashMap<>();
    for (JsonNode s : Recorded.list("compute", "VirtualMachineScaleSets_Get_userData")) {
      out.put(ArmIds.normalize(Json.text(s, "id")),
          UserData.decode(Json.text(s, "properties", "virtualMachineProfile", "userData")));
    }
    return out;
  }

  static GraphBatch transform(InterfaceView view) {
    GraphBatch out = new GraphBatch();
    ScaleSetTransformer.transform(scaleSets(), userData(), view, "tenant", AiCatalogue.builtIn(),
        AdvisoryStore.bundled(), SCOPE, out);
    return out;
  }

  static Map<String, Object> node(GraphBatch out, String name) {
    return out.nodes(AzureVirtualMachineScaleSetSchema.NODE).stream().filter(n -> n.id().equals(SS + name))
        .findFirst().orElseThrow(() -> new AssertionError(name + " not written")).properties();
  }

  static Optional<RelRecord> edge(GraphBatch out, String name) {
    return out.rels(AzureVirtualMachineScaleSetSchema.INTERNET_CAN_REACH).stream()
        .filter(r -> r.toId().equals(SS + name)).findFirst();
  }

  @Test
  void userDataIsReadForScaleSetsWhoseNameTagsPortsOrGpuSizeMayMeanAi() {
    InterfaceView view = view(loadBalancers());
    List<String> chosen = scaleSets().stream().filter(s -> ScaleSetTransformer.readsUserData(s, view))
        .map(s -> Json.text(s, "name")).toList();
    // web-frontend-ss (D4s_v5 behind port 80) is not asked.
    assertThat(chosen).containsExactly("vllm-gpu-pool", "ray-workers", "ollama-ss", "tgi-nat-pool", "jupyter-hub-ss");
  }

  @Test
  void aGpuPoolRunningVllmBehindAPublicLoadBalancerIsReachableOnItsBackendPort() {
    GraphBatch out = transform(view(loadBalancers()));

    assertThat(node(out, "vllm-gpu-pool")).containsEntry("vmSize", "Standard_NC24ads_A100_v4")
        .containsEntry("capacity", 3L).containsEntry("gpu", true).containsEntry("resourceGroup", "vm-prod")
        .containsEntry("orchestrationMode", "Uniform").containsEntry("osType", "Linux")
        .containsEntry("image", "microsoft-dsvm:ubuntu-hpc:2204:latest")
        .containsEntry("userData", "read").containsEntry("userDataImages", List.of("vllm/vllm-openai:v0.6.3"))
        .containsEntry("instancePublicIp", false)
        .containsEntry("loadBalancerPoolIds", List.of(LB + "llm-public-lb/backendaddresspools/vllm-pool"))
        // the subnet's group admits the world on every TCP port; the load balancer forwards 443 to 8000
        .containsEntry("internetExposedPorts", List.of("Tcp:*", "Tcp:8000")).containsEntry("internetReachable", true)
        .containsEntry("internetLoadBalancerFrontends", List.of(LB + "llm-public-lb/frontendipconfigurations/public-fe"))
        .containsEntry("identityType", "SystemAssigned");
    RelRecord edge = edge(out, "vllm-gpu-pool").orElseThrow();
    assertThat(edge.fromId()).isEqualTo(CommonSchemas.INTERNET_ID);
    assertThat(edge.properties()).containsEntry("via", "loadBalancer")
        .containsEntry("loadBalancerId", LB + "llm-public-lb")
        .containsEntry("frontendIpConfigurationId", LB + "llm-public-lb/frontendipconfigurations/public-fe")
        .containsEntry("networkInterfaceId", SS + "vllm-gpu-pool/networkinterfaceconfigurations/vllm-gpu-pool-nic")
        .containsEntry("publicIpAddress", "20.61.40.25")
        .containsEntry("ports", List.of("Tcp:8000"));
    assertThat(out.nodes(AiUsageSchema.NODE)).anySatisfy(n -> assertThat(n.id()).isEqualTo(SS + "vllm-gpu-pool#ai/server/vllm"));
    assertThat(out.rels(AzureVirtualMachineScaleSetSchema.USES_AI)).anySatisfy(r ->
        assertThat(r.fromId()).isEqualTo(SS + "vllm-gpu-pool"));
    assertThat(out.rels(AzureVirtualMachineScaleSetSchema.RUNS_AS)).singleElement().satisfies(r ->
        assertThat(r.fromId()).isEqualTo(SS + "vllm-gpu-pool"));
    assertThat(out.rels(AzureVirtualMachineScaleSetSchema.IN_SUBNET)).anySatisfy(r ->
        assertThat(r.toId()).endsWith("/subnets/public"));
  }

  @Test
  void aSecretInUserDataFailsTheVerdictWithItsLineAndPreviewButNeverItsValue() {
    GraphBatch out = transform(view(loadBalancers()));

    Map<String, Object> pool = node(out, "vllm-gpu-pool");
    assertThat(pool).containsEntry("settingsScan", "scanned");
    assertThat((List<?>) pool.get("settingSecrets")).singleElement().asString()
        .startsWith("userData line 6: secret.huggingface-token (high), preview hf_").contains("fingerprint ");
    assertThat(out.allNodes().toString() + out.allRels()).doesNotContain(PLANTED_HF_TOKEN)
        .doesNotContain("docker run");
  }

  @Test
  void aCpuWebServerScaleSetWithoutAiIsNotWritten() {
    GraphBatch out = transform(view(loadBalancers()));

    assertThat(out.nodes(AzureVirtualMachineScaleSetSchema.NODE)).noneMatch(n -> n.id().equals(SS + "web-frontend-ss"));
  }

  @Test
  void anInternalLoadBalancerGivesNoInternetEdge() {
    GraphBatch out = transform(view(loadBalancers()));

    assertThat(node(out, "ray-workers")).containsEntry("internetReachable", false).containsEntry("gpu", true)
        .containsEntry("capacity", 8L);
    assertThat(edge(out, "ray-workers")).isEmpty();
  }

  @Test
  void aSecurityGroupThatDeniesTheForwardedPortGivesNoInternetEdge() {
    GraphBatch out = transform(view(loadBalancers()));

    // The interface configuration's group admits the world on 80 and 443 only; the load balancer forwards 11434.
    assertThat(node(out, "ollama-ss")).containsEntry("internetReachable", false)
        .containsEntry("internetExposedPorts", List.of("Tcp:443", "Tcp:80")).containsEntry("userData", "none");
    assertThat(edge(out, "ollama-ss")).isEmpty();
  }

  @Test
  void anInboundNatPoolAndAPublicIpPerInstanceAreWaysIn() {
    GraphBatch out = transform(view(loadBalancers()));

    assertThat(edge(out, "tgi-nat-pool").orElseThrow().properties()).containsEntry("via", "loadBalancer")
        .containsEntry("ports", List.of("Tcp:8080"));
    assertThat(node(out, "jupyter-hub-ss")).containsEntry("instancePublicIp", true)
        .containsEntry("internetReachable", true);
    assertThat(edge(out, "jupyter-hub-ss").orElseThrow().properties())
        .containsEntry("via", "securityGroupOpenToWorld").containsEntry("ports", List.of("Tcp:11434"));
  }

  @Test
  void unreadLoadBalancersLeaveReachabilityUnknownAndDrawNoEdge() {
    GraphBatch out = transform(view(null));

    assertThat(node(out, "vllm-gpu-pool")).containsEntry("internetReachable", null);
    assertThat(edge(out, "vllm-gpu-pool")).isEmpty();
    // Its own public IP still answers for an instance whose group admits the world.
    assertThat(node(out, "jupyter-hub-ss")).containsEntry("internetReachable", true);
  }
}
