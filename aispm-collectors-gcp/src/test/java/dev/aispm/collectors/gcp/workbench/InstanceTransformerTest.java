package dev.aispm.collectors.gcp.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.notebooks.v2.ListInstancesResponse;
import dev.aispm.graph.collect.Read;
import dev.aispm.collectors.gcp.Recorded;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.gcp.compute.FirewallRule;
import dev.aispm.collectors.gcp.compute.FirewallTransformer;
import dev.aispm.graph.schema.gcp.workbench.WorkbenchInstanceSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstanceTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("gcp", "acme-vertex-prod", "global");
  static final ListInstancesResponse ANSWER = Recorded.proto("notebooks/ListInstances.json", ListInstancesResponse::newBuilder);
  static final List<FirewallRule> RULES = FirewallTransformer.rules(
      Recorded.items("compute/ListFirewalls.json", "items"), "acme-vertex-prod");

  @Test
  void anInstanceWithAnExternalIpBehindAWorldOpenRuleIsReachable() {
    WriteBatch out = InstanceTransformer.transform(ANSWER.getInstancesList(), Read.of(RULES), SCOPE);
    NodeRecord research = node(out, "research-workbench");
    assertThat(research.properties()).containsEntry("publicIp", true).containsEntry("rootAccess", true)
        .containsEntry("internetReachable", true).containsEntry("usesDefaultComputeAccount", true)
        .containsEntry("secureBoot", false).containsEntry("cmekEnabled", false).containsEntry("zone", "us-central1-a")
        .containsEntry("idleShutdownSeconds", null);
    assertThat(out.rels(WorkbenchInstanceSchema.INTERNET_CAN_REACH)).singleElement().satisfies(r -> {
      assertThat(r.toId()).isEqualTo(research.id());
      assertThat(r.properties()).containsEntry("ports", List.of("tcp:22", "tcp:8888"));
    });
    // The tag-targeted rule applies to the tagged VM only; the internal rule applies to both.
    assertThat(out.rels(WorkbenchInstanceSchema.HAS_SECURITY_GROUP).stream()
        .filter(r -> r.fromId().equals(research.id())).map(RelRecord::toId).toList()).hasSize(2);
    NodeRecord secure = node(out, "secure-workbench");
    assertThat(secure.properties()).containsEntry("publicIp", false).containsEntry("rootAccess", false)
        .containsEntry("internetReachable", false).containsEntry("cmekEnabled", true).containsEntry("idleShutdownSeconds", 10800L);
  }

  @Test
  void withTheFirewallUnreadAnExternalIpLeavesReachabilityUnknown() {
    WriteBatch out = InstanceTransformer.transform(ANSWER.getInstancesList(), Read.unknown(), SCOPE);
    assertThat(node(out, "research-workbench").properties()).containsEntry("internetReachable", null);
    assertThat(node(out, "secure-workbench").properties()).containsEntry("internetReachable", false);
    assertThat(out.rels(WorkbenchInstanceSchema.INTERNET_CAN_REACH)).isEmpty();
  }

  @Test
  void thePackagesAPostStartupScriptInstallsHangFromTheInstanceWithTheirAdvisories() {
    WriteBatch out = withScript(PostStartupScript.read(SCRIPT.getBytes(StandardCharsets.UTF_8)));
    NodeRecord research = node(out, "research-workbench");
    assertThat(research.properties()).containsEntry("installScan", "scanned").containsEntry("unresolvedInstalls", 0)
        .containsEntry("requirementFiles", null).containsEntry("packageIndexes", null);
    assertThat(out.nodes(SoftwarePackageSchema.NODE)).extracting(n -> n.properties().get("purl"))
        .containsExactly("pkg:pypi/mlflow@2.2.0", "pkg:pypi/langchain");
    assertThat(out.nodes(SoftwarePackageSchema.NODE).get(0).properties())
        .containsEntry("location", "research-workbench/post-startup-script:3");
    assertThat(out.rels(WorkbenchInstanceSchema.USES_PACKAGE)).hasSize(2)
        .allSatisfy(r -> assertThat(r.fromId()).isEqualTo(research.id()));
    assertThat(out.rels(WorkbenchInstanceSchema.USES_AI)).hasSize(2);
    // mlflow 2.2.0: the critical path traversal fixed in 2.2.1; unpinned langchain matches no advisory
    assertThat(out.nodes(AdvisorySchema.NODE)).filteredOn(n -> "GHSA-xg73-94fp-g449".equals(n.properties().get("advisoryId")))
        .singleElement().satisfies(n -> assertThat(n.properties()).containsEntry("severity", "critical")
            .containsEntry("package", "mlflow"));
    assertThat(out.nodes(AdvisorySchema.NODE)).allSatisfy(n -> assertThat(n.properties()).containsEntry("package", "mlflow"));
    // The script text itself is never stored.
    assertThat(research.properties().toString()).doesNotContain("environment ready");
  }

  @Test
  void anInstanceWithoutAPostStartupScriptSaysNothingAboutItsInstalls() {
    WriteBatch out = withScript(PostStartupScript.read(SCRIPT.getBytes(StandardCharsets.UTF_8)));
    NodeRecord secure = node(out, "secure-workbench");
    assertThat(secure.properties()).doesNotContainKey("installScan");
    assertThat(out.rels(WorkbenchInstanceSchema.USES_PACKAGE)).noneMatch(r -> r.fromId().equals(secure.id()));
    // Scripts not read at all (reading off): nothing is said either.
    WriteBatch unread = InstanceTransformer.transform(ANSWER.getInstancesList(), Read.of(RULES), SCOPE);
    assertThat(node(unread, "research-workbench").properties()).doesNotContainKey("installScan");
    assertThat(unread.nodes(SoftwarePackageSchema.NODE)).isEmpty();
  }

  @Test
  void aScriptThatCouldNotBeReadOrDecodedIsFailedNotEmpty() {
    WriteBatch denied = withScript(PostStartupScript.failed("HTTP 403 Forbidden: storage.objects.get denied"));
    assertThat(node(denied, "research-workbench").properties()).containsEntry("installScan", "failed");
    assertThat(denied.nodes(SoftwarePackageSchema.NODE)).isEmpty();
    assertThat(denied.rels(WorkbenchInstanceSchema.USES_PACKAGE)).isEmpty();
    WriteBatch binary = withScript(PostStartupScript.read(new byte[] {(byte) 0xc3, (byte) 0x28, 'p', 'i', 'p'}));
    assertThat(node(binary, "research-workbench").properties()).containsEntry("installScan", "failed");
    assertThat(binary.nodes(SoftwarePackageSchema.NODE)).isEmpty();
  }

  /** The object research-workbench's post-startup-script names, as the bucket serves it. */
  static final String SCRIPT = """
      #!/bin/bash
      set -e
      sudo -u jupyter pip install --quiet mlflow==2.2.0 langchain
      echo "environment ready"
      """;

  static WriteBatch withScript(PostStartupScript script) {
    String research = ANSWER.getInstancesList().stream().map(i -> i.getName())
        .filter(n -> n.endsWith("/research-workbench")).findFirst().orElseThrow();
    return InstanceTransformer.transform(ANSWER.getInstancesList(), Read.of(RULES), Map.of(research, script),
        AiCatalogue.builtIn(), AdvisoryStore.bundled(), SCOPE);
  }

  static NodeRecord node(WriteBatch out, String name) {
    return out.nodes(WorkbenchInstanceSchema.NODE).stream().filter(n -> name.equals(n.properties().get("name")))
        .findFirst().orElseThrow();
  }

  @Test
  void anInstanceInACustomContainerNamesItsImageForTheRegistryScan() {
    com.google.cloud.notebooks.v2.Instance vm = ANSWER.getInstances(0);
    assertThat(node(InstanceTransformer.transform(List.of(vm), Read.of(RULES), SCOPE), "research-workbench")
        .properties()).containsEntry("containerImage", null);
    com.google.cloud.notebooks.v2.GceSetup.Builder setup = vm.getGceSetup().toBuilder().clearVmImage()
        .setContainerImage(com.google.cloud.notebooks.v2.ContainerImage.newBuilder()
            .setRepository("us-central1-docker.pkg.dev/acme-vertex-prod/notebooks/torch").setTag("2.3"));
    com.google.cloud.notebooks.v2.Instance container = vm.toBuilder().setGceSetup(setup).build();
    assertThat(node(InstanceTransformer.transform(List.of(container), Read.of(RULES), SCOPE), "research-workbench")
        .properties()).containsEntry("containerImage", "us-central1-docker.pkg.dev/acme-vertex-prod/notebooks/torch:2.3");
    setup.getContainerImageBuilder().setTag("");
    assertThat(InstanceTransformer.containerImage(setup.build()))
        .isEqualTo("us-central1-docker.pkg.dev/acme-vertex-prod/notebooks/torch:latest");
  }

  @Test
  void thePostStartupScriptAndMetadataAreJudgedForSecretsAndAnUnreadScriptLeavesItOpen() {
    String token = "hf_Lk4Wq9Rz2Xm7Tn3Vb8Yc1Jd6Fs0Gh5Pa3E";
    WriteBatch leaky = withScript(PostStartupScript.read(("#!/bin/bash\nexport HF_TOKEN=" + token
        + "\npip install transformers\n").getBytes(StandardCharsets.UTF_8)));
    var research = node(leaky, "research-workbench").properties();
    assertThat(research).containsEntry("settingsScan", "scanned");
    assertThat(research.get("settingSecrets")).asList().singleElement().asString()
        .startsWith("post-startup-script line 2: secret.huggingface-token (high)");
    assertThat(leaky.toString()).doesNotContain(token);
    WriteBatch clean = withScript(PostStartupScript.read(SCRIPT.getBytes(StandardCharsets.UTF_8)));
    assertThat(node(clean, "research-workbench").properties()).containsEntry("settingsScan", "scanned")
        .containsEntry("settingSecrets", null);
    // An instance without a post-startup script: its metadata alone is judged.
    assertThat(node(clean, "secure-workbench").properties()).containsEntry("settingsScan", "scanned");
    WriteBatch denied = withScript(PostStartupScript.failed("HTTP 403 Forbidden: storage.objects.get denied"));
    assertThat(node(denied, "research-workbench").properties()).containsEntry("settingsScan", "not-read")
        .containsEntry("settingsScanError",
            "the post-startup script could not be read: HTTP 403 Forbidden: storage.objects.get denied");
  }
}
