package dev.aispm.collectors.azure.machinelearning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.collectors.azure.network.NetworkView;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLComputeSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComputeTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "00000000-1111-2222-3333-444444444444", "global");
  static final String WS = "/subscriptions/00000000-1111-2222-3333-444444444444/resourcegroups/rg/providers/microsoft.machinelearningservices/workspaces/ws";

  @Test
  void readsInstancesAndClustersWithTheApiDefaultsAndReachability() {
    GraphBatch out = new GraphBatch();
    ComputeTransformer.transform(Recorded.list("machinelearning", "Compute_List"), WS, "ws", "tenant", NetworkView.unknown(), SCOPE, out);

    Map<String, Object> open = node(out.nodes(AzureMLComputeSchema.INSTANCE), "open-ci");
    assertThat(open).containsEntry("sshPublicAccess", true)
        .containsEntry("publicIp", true) // absent enableNodePublicIp means true
        .containsEntry("rootAccess", true) // absent enableRootAccess means true
        .containsEntry("idleShutdownEnabled", false)
        .containsEntry("localAuthDisabled", false)
        .containsEntry("internetReachable", true)
        .containsEntry("identityType", "SystemAssigned");
    assertThat(out.rels(AzureMLComputeSchema.INTERNET_CAN_REACH_INSTANCE))
        .singleElement().satisfies(r -> assertThat(r.properties()).containsEntry("via", "sshPublicAccess"));
    assertThat(out.rels(AzureMLComputeSchema.INSTANCE_RUNS_AS)).singleElement()
        .satisfies(r -> assertThat(r.toId()).isEqualTo("/tenants/tenant/serviceprincipals/aaaaaaaa-0000-4000-8000-000000000001"));

    // In a subnet the scan could not read: public IP, no SSH, security group unknown -> unknown.
    Map<String, Object> vnet = node(out.nodes(AzureMLComputeSchema.INSTANCE), "vnet-ci");
    assertThat(vnet).containsEntry("sshPublicAccess", false).containsEntry("rootAccess", false)
        .containsEntry("idleShutdownAfter", "PT45M").containsEntry("internetReachable", null)
        .containsEntry("identityType", null);

    // NotSpecified with an admin user opens SSH on a cluster, but without public IPs nothing reaches it.
    Map<String, Object> cluster = node(out.nodes(AzureMLComputeSchema.CLUSTER), "cluster");
    assertThat(cluster).containsEntry("sshPublicAccess", true).containsEntry("publicIp", false)
        .containsEntry("internetReachable", false).containsEntry("maxNodes", 2L);
    assertThat(out.rels(AzureMLComputeSchema.INTERNET_CAN_REACH_CLUSTER)).isEmpty();

    assertThat(out.nodes(AzureMLComputeSchema.INSTANCE)).hasSize(2);
    assertThat(out.nodes(AzureMLComputeSchema.CLUSTER)).as("attached Kubernetes is not Azure ML-managed").hasSize(1);
  }

  @Test
  void thePackagesAnInlineSetupScriptInstallsHangFromTheInstanceWithTheirAdvisories() {
    GraphBatch out = withScripts(Recorded.list("machinelearning", "Compute_List"));
    Map<String, Object> open = node(out.nodes(AzureMLComputeSchema.INSTANCE), "open-ci");
    assertThat(open).containsEntry("installScan", "scanned").containsEntry("unresolvedInstalls", 0)
        .containsEntry("packageIndexes", List.of("https://pypi.internal.example/simple"))
        .containsEntry("requirementFiles", null).containsEntry("workspaceSetupScripts", null);
    String openId = out.nodes(AzureMLComputeSchema.INSTANCE).stream()
        .filter(n -> "open-ci".equals(n.properties().get("name"))).findFirst().orElseThrow().id();
    assertThat(out.nodes(SoftwarePackageSchema.NODE)).extracting(n -> n.properties().get("purl"))
        .containsExactly("pkg:pypi/mlflow@2.2.0", "pkg:pypi/langchain");
    assertThat(out.nodes(SoftwarePackageSchema.NODE).get(0).properties())
        .containsEntry("location", "open-ci/startupScript:3");
    assertThat(out.rels(AzureMLComputeSchema.INSTANCE_USES_PACKAGE)).hasSize(2)
        .allSatisfy(r -> assertThat(r.fromId()).isEqualTo(openId));
    assertThat(out.rels(AzureMLComputeSchema.INSTANCE_USES_AI)).isNotEmpty();
    // mlflow 2.2.0: the critical path traversal fixed in 2.2.1; unpinned langchain matches no advisory
    assertThat(out.nodes(AdvisorySchema.NODE))
        .filteredOn(n -> "GHSA-xg73-94fp-g449".equals(n.properties().get("advisoryId")))
        .singleElement().satisfies(n -> assertThat(n.properties()).containsEntry("severity", "critical"));
    assertThat(out.rels(AdvisorySchema.AFFECTED_BY)).isNotEmpty();
    // Neither the script nor its arguments (a token here) are stored.
    assertThat(open.toString()).doesNotContain("environment ready").doesNotContain("hf_notarealtoken");
    // Clusters have no setup scripts; attached computes are skipped.
    assertThat(node(out.nodes(AzureMLComputeSchema.CLUSTER), "cluster")).doesNotContainKey("installScan");
  }

  @Test
  void aScriptOnTheWorkspaceShareIsAnUnreadReferenceNotAnEmptyInstall() {
    GraphBatch out = withScripts(Recorded.list("machinelearning", "Compute_List"));
    Map<String, Object> vnet = node(out.nodes(AzureMLComputeSchema.INSTANCE), "vnet-ci");
    assertThat(vnet).containsEntry("installScan", "failed")
        .containsEntry("workspaceSetupScripts", List.of("creationScript: Users/alice/setup.sh"));
    assertThat(out.rels(AzureMLComputeSchema.INSTANCE_USES_PACKAGE)).noneMatch(r -> r.fromId().endsWith("/vnet-ci"));
    // Beside an inline script that was read, the workspace one makes the result partial.
    GraphBatch both = withScripts(List.of(instance("""
        {"startupScript": {"scriptSource": "inline", "scriptData": "%s"},
         "creationScript": {"scriptSource": "workspace", "scriptData": "Users/bob/create.sh"}}"""
        .formatted(base64("pip install openai==1.30.1\n")))));
    assertThat(node(both.nodes(AzureMLComputeSchema.INSTANCE), "ci")).containsEntry("installScan", "partial")
        .containsEntry("workspaceSetupScripts", List.of("creationScript: Users/bob/create.sh"));
    assertThat(both.nodes(SoftwarePackageSchema.NODE)).extracting(n -> n.properties().get("purl"))
        .containsExactly("pkg:pypi/openai@1.30.1");
  }

  @Test
  void inlineDataThatIsNotBase64TextIsFailedAndNoScriptSaysNothing() {
    GraphBatch garbage = withScripts(List.of(instance("""
        {"startupScript": {"scriptSource": "inline", "scriptData": "pip install mlflow==2.2.0 !!"}}""")));
    assertThat(node(garbage.nodes(AzureMLComputeSchema.INSTANCE), "ci")).containsEntry("installScan", "failed");
    assertThat(garbage.nodes(SoftwarePackageSchema.NODE)).isEmpty();
    GraphBatch binary = withScripts(List.of(instance("""
        {"startupScript": {"scriptSource": "inline", "scriptData": "wyhwaXA="}}""")));
    assertThat(node(binary.nodes(AzureMLComputeSchema.INSTANCE), "ci")).containsEntry("installScan", "failed");
    GraphBatch none = withScripts(List.of(instance("{\"startupScript\": {\"scriptSource\": \"inline\"}}")));
    assertThat(node(none.nodes(AzureMLComputeSchema.INSTANCE), "ci")).doesNotContainKey("installScan");
    // Scripts not read at all (no catalogue): nothing is said either.
    GraphBatch unread = new GraphBatch();
    ComputeTransformer.transform(Recorded.list("machinelearning", "Compute_List"), WS, "ws", "tenant",
        NetworkView.unknown(), SCOPE, unread);
    assertThat(node(unread.nodes(AzureMLComputeSchema.INSTANCE), "open-ci")).doesNotContainKey("installScan");
    assertThat(unread.nodes(SoftwarePackageSchema.NODE)).isEmpty();
  }

  @Test
  void anInlineSetupScriptIsJudgedForSecretsLineByLineAndAWorkspaceScriptLeavesItOpen() {
    String key = "sk-proj-Qz7Lm2Xv9Tk4Wr1Nb6Hc3Jd8Fs5Gp0Ya4Ee7Ui2Oo9Pq6Xr3Ms8Nt1";
    GraphBatch leaky = withScripts(List.of(instance("""
        {"startupScript": {"scriptSource": "inline", "scriptData": "%s"}}"""
        .formatted(base64("#!/bin/bash\npip install openai==1.30.1\necho 'OPENAI_API_KEY=" + key + "' >> /etc/environment\n")))));
    Map<String, Object> ci = node(leaky.nodes(AzureMLComputeSchema.INSTANCE), "ci");
    assertThat(ci).containsEntry("settingsScan", "scanned");
    assertThat(ci.get("settingSecrets")).asList().singleElement().asString()
        .startsWith("startupScript line 3: secret.openai-api-key (critical)");
    assertThat(ci.toString()).doesNotContain(key);
    GraphBatch listed = withScripts(Recorded.list("machinelearning", "Compute_List"));
    assertThat(node(listed.nodes(AzureMLComputeSchema.INSTANCE), "open-ci")).containsEntry("settingsScan", "scanned")
        .containsEntry("settingSecrets", null);
    assertThat(node(listed.nodes(AzureMLComputeSchema.INSTANCE), "vnet-ci")).containsEntry("settingsScan", "failed");
  }

  static GraphBatch withScripts(List<JsonNode> computes) {
    GraphBatch out = new GraphBatch();
    ComputeTransformer.transform(computes, WS, "ws", "tenant", NetworkView.unknown(), AiCatalogue.builtIn(),
        AdvisoryStore.bundled(), SCOPE, out);
    return out;
  }

  /** A compute instance answer as ARM shapes it, with {@code scripts} as its setupScripts.scripts. */
  static JsonNode instance(String scripts) {
    try {
      return new ObjectMapper().readTree("""
          {"id": "/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/computes/ci",
           "name": "ci", "type": "Microsoft.MachineLearningServices/workspaces/computes",
           "properties": {"computeType": "ComputeInstance", "properties": {"setupScripts": {"scripts": %s}}}}"""
          .formatted(scripts));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static Map<String, Object> node(List<NodeRecord> nodes, String name) {
    return nodes.stream().filter(n -> name.equals(n.properties().get("name"))).findFirst().orElseThrow().properties();
  }
}
