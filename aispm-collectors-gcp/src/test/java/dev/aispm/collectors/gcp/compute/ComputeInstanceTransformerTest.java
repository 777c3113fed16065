package dev.aispm.collectors.gcp.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.collectors.gcp.GcpRest;
import dev.aispm.collectors.gcp.Recorded;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import dev.aispm.graph.schema.gcp.compute.ComputeInstanceSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Compute Engine VMs from a recorded instances.aggregatedList answer (shaped after the Compute v1
 * reference: zones mapping to instances, an empty zone carrying a warning) and the project's
 * firewall rules: which VMs run AI, what reaches them, and what their startup scripts hold.
 */
class ComputeInstanceTransformerTest {
  static final String PROJECT = "acme-vertex-prod";
  static final ScopeKey SCOPE = new ScopeKey("gcp", PROJECT, "global");
  static final List<JsonNode> ANSWER = GcpRest.aggregatedItems(json(Recorded.text("compute/AggregatedListInstances.json")),
      "instances");
  static final List<FirewallRule> RULES = FirewallTransformer.rules(
      Recorded.items("compute/ListFirewalls-vms.json", "items"), PROJECT);
  /** The planted token in llm-gpu-1's startup script. */
  static final String GPU_TOKEN = "hf_mQPtHnq7yqOUa99KfiFnfWxEauFO42wtsv";
  /** The planted token in dev-notebook's custom metadata key. */
  static final String METADATA_TOKEN = "hf_5MFzzDlT4Zm2tqX2AuCb2bzd9yXnF7nlBp";

  static WriteBatch transform(Read<List<FirewallRule>> firewalls, Set<String> workbench) {
    return ComputeInstanceTransformer.transform(ANSWER, firewalls, workbench, AiCatalogue.builtIn(),
        AdvisoryStore.bundled(), PROJECT, SCOPE);
  }

  static WriteBatch transform() {
    return transform(Read.of(RULES), Set.of("us-central1-a/research-workbench"));
  }

  @Test
  void everyZoneOfTheAggregatedAnswerIsReadAndAnEmptyZoneGivesNothing() {
    assertThat(ANSWER).hasSize(11);
  }

  @Test
  void onlyVmsThatRunAiAreWritten() {
    assertThat(transform().nodes(ComputeInstanceSchema.NODE)).extracting(n -> n.properties().get("name"))
        .containsExactlyInAnyOrder("mlflow", "llm-gpu-1", "inference-01", "triton-server", "chat-cos", "dev-notebook",
            "ollama-odd");
  }

  @Test
  void aServerNamedByTheVmIsWrittenWithTheVersionItsLabelSpellsAndItsAdvisories() {
    WriteBatch out = transform();
    NodeRecord mlflow = node(out, "mlflow");
    assertThat(mlflow.id()).isEqualTo("//compute.googleapis.com/projects/acme-vertex-prod/zones/us-central1-a/instances/mlflow");
    assertThat(mlflow.properties()).containsEntry("zone", "us-central1-a").containsEntry("machineType", "e2-standard-4")
        .containsEntry("accelerated", false).containsEntry("externalIp", "34.123.45.67")
        .containsEntry("network", "default").containsEntry("networkProject", null)
        .containsEntry("internetReachable", true).containsEntry("usesDefaultComputeAccount", true)
        .containsEntry("startupScript", "read").containsEntry("settingsScan", "scanned")
        .containsEntry("settingSecrets", null)
        .containsEntry("createdAt", java.time.Instant.parse("2024-05-02T15:15:00Z"));
    assertThat((List<Object>) mlflow.properties().get("internetExposedPorts")).containsExactly("tcp:5000", "tcp:80");
    NodeRecord server = usage(out, mlflow.id(), "mlflow");
    assertThat(server.properties()).containsEntry("kind", "server").containsEntry("dashboard", true)
        .containsEntry("version", "2.2.0").containsEntry("exposedPorts", List.of("tcp:5000"));
    assertThat((List<Object>) server.properties().get("evidence")).contains("name mlflow", "tag mlflow-version=2.2.0",
        "tag networkTags[0]=mlflow");
    // mlflow 2.2.0: the critical path traversal fixed in 2.2.1
    assertThat(out.nodes(AdvisorySchema.NODE)).anySatisfy(a -> {
      assertThat(a.id()).startsWith(mlflow.id() + "#package/pkg:pypi/mlflow@2.2.0");
      assertThat(a.properties()).containsEntry("advisoryId", "GHSA-xg73-94fp-g449");
    });
  }

  @Test
  void theInternetReachesAVmWithAnExternalIpThroughTheRulesThatTargetIt() {
    WriteBatch out = transform();
    String mlflow = node(out, "mlflow").id();
    assertThat(out.rels(ComputeInstanceSchema.INTERNET_CAN_REACH)).extracting(RelRecord::toId)
        .containsExactlyInAnyOrder(mlflow, node(out, "inference-01").id());
    assertThat(out.rels(ComputeInstanceSchema.INTERNET_CAN_REACH)).filteredOn(r -> r.toId().equals(mlflow))
        .singleElement().satisfies(r -> assertThat(r.properties()).containsEntry("via", "publicIpFirewallOpen")
            .containsEntry("ports", List.of("tcp:5000", "tcp:80")));
    // The rules of its tags apply to it; the LLM and service-account rules do not.
    assertThat(out.rels(ComputeInstanceSchema.HAS_SECURITY_GROUP)).filteredOn(r -> r.fromId().equals(mlflow))
        .extracting(RelRecord::toId).containsExactlyInAnyOrder(
            "//compute.googleapis.com/projects/acme-vertex-prod/global/firewalls/allow-mlflow",
            "//compute.googleapis.com/projects/acme-vertex-prod/global/firewalls/allow-http",
            "//compute.googleapis.com/projects/acme-vertex-prod/global/firewalls/allow-ray-dashboard-disabled");
    assertThat(out.rels(ComputeInstanceSchema.RUNS_AS)).filteredOn(r -> r.fromId().equals(mlflow)).singleElement()
        .satisfies(r -> assertThat(r.toId())
            .isEqualTo("//iam.googleapis.com/projects/-/serviceAccounts/314159265358-compute@developer.gserviceaccount.com"));
    assertThat(out.rels(ComputeInstanceSchema.IN_VPC)).filteredOn(r -> r.fromId().equals(mlflow)).singleElement()
        .satisfies(r -> assertThat(r.toId()).isEqualTo("//compute.googleapis.com/projects/acme-vertex-prod/global/networks/default"));
  }

  @Test
  void aDistinctivePortOpenToTheWorldShowsTheServer() {
    WriteBatch out = transform();
    NodeRecord ollama = node(out, "inference-01");
    assertThat(usage(out, ollama.id(), "ollama").properties().get("evidence"))
        .isEqualTo(List.of("port tcp:11434 open to the internet"));
    assertThat(ollama.properties()).containsEntry("startupScript", "none").containsEntry("settingsScan", "scanned");
  }

  @Test
  void aServiceAccountTargetedRuleOpensItsPortButWithoutAnExternalIpNothingReachesTheVm() {
    NodeRecord gpu = node(transform(), "llm-gpu-1");
    assertThat(gpu.properties()).containsEntry("internetReachable", false).containsEntry("externalIp", null)
        .containsEntry("internetExposedPorts", List.of("tcp:8000"));
  }

  @Test
  void aGpuVmIsAiWhenItsStartupScriptRunsAnAiServerImage() {
    WriteBatch out = transform();
    NodeRecord gpu = node(out, "llm-gpu-1");
    assertThat(gpu.properties()).containsEntry("accelerated", true).containsEntry("accelerators", List.of("nvidia-l4 x 1"))
        .containsEntry("machineType", "g2-standard-8").containsEntry("startupScriptKeys", List.of("startup-script"))
        .containsEntry("startupScriptImages", List.of("vllm/vllm-openai:v0.4.2"));
    NodeRecord vllm = usage(out, gpu.id(), "vllm");
    assertThat(vllm.properties()).containsEntry("version", "0.4.2").containsEntry("exposedPorts", List.of("tcp:8000"));
    assertThat(out.nodes(SoftwarePackageSchema.NODE)).anySatisfy(p -> assertThat(p.id())
        .isEqualTo(gpu.id() + "#package/pkg:pypi/vllm@0.4.2"));
  }

  @Test
  void aGpuVmWhoseScriptRunsNoAiIsNotWritten() {
    assertThat(transform().nodes(ComputeInstanceSchema.NODE)).noneSatisfy(n ->
        assertThat(n.properties().get("name")).isEqualTo("batch-render"));
  }

  @Test
  void aSecretInTheStartupScriptIsNamedByItsLineAndNeverStored() {
    WriteBatch out = transform();
    NodeRecord gpu = node(out, "llm-gpu-1");
    assertThat(gpu.properties()).containsEntry("settingsScan", "scanned");
    assertThat((List<Object>) gpu.properties().get("settingSecrets")).singleElement().asString()
        .startsWith("metadata.startup-script line 6: secret.huggingface-token (high), preview hf_m****");
    assertThat(everything(out)).doesNotContain(GPU_TOKEN).doesNotContain("meta-llama/Meta-Llama-3-8B-Instruct");
  }

  @Test
  void aSecretInACustomMetadataKeyIsFoundAndTheScriptsInstallsShowAi() {
    WriteBatch out = transform();
    NodeRecord dev = node(out, "dev-notebook");
    assertThat((List<Object>) dev.properties().get("settingSecrets")).singleElement().asString()
        .startsWith("metadata.hf-token: secret.huggingface-token");
    assertThat(everything(out)).doesNotContain(METADATA_TOKEN);
    assertThat(dev.properties()).containsEntry("installScan", "scanned");
    assertThat(out.rels(ComputeInstanceSchema.USES_PACKAGE)).filteredOn(r -> r.fromId().equals(dev.id()))
        .extracting(RelRecord::toId).contains(dev.id() + "#package/pkg:pypi/langchain@0.0.300");
    assertThat(usage(out, dev.id(), "ray").properties().get("evidence")).isEqualTo(List.of("tag app=ray"));
  }

  @Test
  void aSharedVpcNetworksFirewallIsUnknownSoAnExternalIpGivesNoEdge() {
    WriteBatch out = transform();
    NodeRecord dev = node(out, "dev-notebook");
    assertThat(dev.properties()).containsEntry("network", "shared-ml").containsEntry("networkProject", "acme-network-host")
        .containsEntry("externalIp", "35.200.1.2").containsEntry("internetReachable", null);
    assertThat(out.rels(ComputeInstanceSchema.INTERNET_CAN_REACH)).noneSatisfy(r ->
        assertThat(r.toId()).isEqualTo(dev.id()));
    assertThat(out.rels(ComputeInstanceSchema.IN_VPC)).filteredOn(r -> r.fromId().equals(dev.id())).singleElement()
        .satisfies(r -> assertThat(r.toId())
            .isEqualTo("//compute.googleapis.com/projects/acme-network-host/global/networks/shared-ml"));
  }

  @Test
  void withTheFirewallUnreadAnExternalIpGivesNoEdgeAndNoPortEvidence() {
    WriteBatch out = transform(Read.unknown(), Set.of());
    assertThat(out.rels(ComputeInstanceSchema.INTERNET_CAN_REACH)).isEmpty();
    assertThat(node(out, "mlflow").properties()).containsEntry("internetReachable", null)
        .containsEntry("internetExposedPorts", null);
    // Ollama showed only by its port: unknown ports show nothing.
    assertThat(out.nodes(ComputeInstanceSchema.NODE)).noneSatisfy(n ->
        assertThat(n.properties().get("name")).isEqualTo("inference-01"));
  }

  @Test
  void aScriptKeptInAnObjectIsNotFetchedAndTheVmSaysSo() {
    NodeRecord triton = node(transform(), "triton-server");
    assertThat(triton.properties()).containsEntry("startupScript", "url-only")
        .containsEntry("startupScriptUrl", "gs://acme-vm-scripts/triton/start.sh")
        .containsEntry("settingsScan", "not-read").containsEntry("accelerated", true)
        .containsEntry("accelerators", List.of("nvidia-tesla-t4 x 2"));
    assertThat((String) triton.properties().get("settingsScanError")).contains("startup-script-url", "not fetched");
  }

  @Test
  void theContainerDeclarationOfAContainerVmNamesItsImage() {
    WriteBatch out = transform();
    NodeRecord cos = node(out, "chat-cos");
    assertThat(cos.properties()).containsEntry("startupScriptImages",
        List.of("ghcr.io/huggingface/text-generation-inference:2.0.4"))
        .containsEntry("startupScriptKeys", List.of("gce-container-declaration"));
    assertThat(usage(out, cos.id(), "tgi").properties().get("evidence"))
        .isEqualTo(List.of("image ghcr.io/huggingface/text-generation-inference:2.0.4"));
  }

  @Test
  void aWorkbenchInstancesVmIsLeftToTheWorkbenchInstance() {
    assertThat(transform().nodes(ComputeInstanceSchema.NODE)).noneSatisfy(n ->
        assertThat(n.properties().get("name")).isEqualTo("research-workbench"));
    // Unlisted Workbench instances: the VM and its Jupyter tag are all there is to go by.
    assertThat(node(transform(Read.of(RULES), Set.of()), "research-workbench").properties())
        .containsEntry("internetReachable", false);
  }

  @Test
  void malformedFieldsReadAsAbsentAndAVmWithoutANameIsPassedOver() {
    WriteBatch out = transform();
    NodeRecord odd = node(out, "ollama-odd");
    assertThat(odd.properties()).containsEntry("labels", null).containsEntry("networkTags", null)
        .containsEntry("serviceAccount", null).containsEntry("network", null).containsEntry("startupScript", "none")
        .containsEntry("internetReachable", false);
    assertThat(out.nodes(ComputeInstanceSchema.NODE)).allSatisfy(n -> assertThat(n.properties().get("name")).isNotNull());
    WriteBatch junk = ComputeInstanceTransformer.transform(List.of(json("{\"name\": 7, \"zone\": []}"), json("[]"),
        json("{\"name\": \"vllm\", \"zone\": \"zones/z\", \"networkInterfaces\": [{\"network\": 3, "
            + "\"accessConfigs\": [{\"natIP\": \"1.2.3.4\"}]}], \"metadata\": {\"items\": [{\"key\": \"startup-script\"}]}}")),
        Read.of(RULES), Set.of(), AiCatalogue.builtIn(), AdvisoryStore.bundled(), PROJECT, SCOPE);
    // An interface whose network cannot be told leaves reachability unknown, never true.
    assertThat(node(junk, "vllm").properties()).containsEntry("internetReachable", null).containsEntry("zone", "z")
        .containsEntry("createdAt", null);
    assertThat(ComputeInstanceTransformer.instant("yesterday")).isNull();
    assertThat(junk.nodes(ComputeInstanceSchema.NODE)).hasSize(1);
  }

  @Test
  void gceLabelVersionsAreSpelledWithDashes() {
    assertThat(ComputeInstanceTransformer.serverTags(java.util.Map.of("vllm_version", "v0_4_2"), List.of("mlflow")))
        .containsEntry("vllm_version", "v0.4.2").containsEntry("networkTags[0]", "mlflow");
    assertThat(ComputeInstanceTransformer.serverTags(java.util.Map.of("team", "2-2-0"), List.of()))
        .containsEntry("team", "2-2-0");
  }

  static NodeRecord node(WriteBatch out, String name) {
    return out.nodes(ComputeInstanceSchema.NODE).stream().filter(n -> name.equals(n.properties().get("name")))
        .findFirst().orElseThrow(() -> new AssertionError("no instance " + name));
  }

  static NodeRecord usage(WriteBatch out, String ownerId, String subject) {
    return out.nodes(AiUsageSchema.NODE).stream().filter(n -> n.id().equals(ownerId + "#ai/server/" + subject))
        .findFirst().orElseThrow(() -> new AssertionError("no server " + subject + " on " + ownerId));
  }

  /** Every property of every node and relationship written, as text. */
  static String everything(WriteBatch out) {
    StringBuilder b = new StringBuilder();
    out.nodes(ComputeInstanceSchema.NODE).forEach(n -> b.append(n.properties()));
    out.nodes(AiUsageSchema.NODE).forEach(n -> b.append(n.properties()));
    out.nodes(SoftwarePackageSchema.NODE).forEach(n -> b.append(n.properties()));
    out.rels(ComputeInstanceSchema.INTERNET_CAN_REACH).forEach(r -> b.append(r.properties()));
    return b.toString();
  }

  static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
