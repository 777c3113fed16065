package dev.aispm.collectors.aws.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.aws.sagemaker.NotebookInstanceSchema;
import dev.aispm.graph.schema.aws.sagemaker.NotebookLifecycleConfigSchema;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LifecycleConfigTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");
  static final AiCatalogue CATALOGUE = AiCatalogue.builtIn();
  static final AdvisoryIndex ADVISORIES = AdvisoryStore.bundled();
  static final String ARN =
      "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance-lifecycle-config/research-setup";

  @Test
  void aStartScriptPipingADownloadIntoBashIsRemoteExecution() {
    NodeRecord c = LifecycleConfigTransformer.transform(
        List.of(SageMakerRecorded.describeLifecycleConfig("DescribeNotebookInstanceLifecycleConfig.json")),
        Map.of(ARN, List.of("owner=research")), CATALOGUE, ADVISORIES, SCOPE).nodes(NotebookLifecycleConfigSchema.NODE).get(0);
    assertThat(c.id()).isEqualTo(ARN);
    assertThat(c.properties()).containsEntry("onCreateScripts", 1).containsEntry("onStartScripts", 1)
        .containsEntry("remoteScriptExecution", true).containsEntry("riskyPatterns", List.of("pipe-to-shell"))
        .containsEntry("downloadUrls", List.of("https://tools.acme.example/setup.sh"))
        .containsEntry("tags", List.of("owner=research"));
    assertThat(c.properties()).doesNotContainKey("content");
  }

  @Test
  void undecodableOrEmptyHooksLeaveTheVerdictUnknownAndTheIdComesFromTheName() {
    NodeRecord c = LifecycleConfigTransformer.transform(
        List.of(SageMakerRecorded.describeLifecycleConfig("DescribeNotebookInstanceLifecycleConfig-odd.json")),
        Map.of(), CATALOGUE, ADVISORIES, SCOPE).nodes(NotebookLifecycleConfigSchema.NODE).get(0);
    assertThat(c.id()).isEqualTo("arn:aws:sagemaker:us-east-1:111111111111:notebook-instance-lifecycle-config/half-written");
    assertThat(c.properties()).containsEntry("remoteScriptExecution", null)
        .containsEntry("riskyPatterns", List.of("undecodable")).containsEntry("onCreateScripts", 0)
        .containsEntry("tags", null);
    // nothing could be decoded, so nothing is known of what it installs
    assertThat(c.properties()).containsEntry("installScan", "failed");
  }

  @Test
  void aScriptsInstallsBecomeItsAiPackagesWithTheirAdvisories() {
    WriteBatch out = LifecycleConfigTransformer.transform(
        List.of(SageMakerRecorded.describeLifecycleConfig("DescribeNotebookInstanceLifecycleConfig-installs.json")),
        Map.of(), CATALOGUE, ADVISORIES, SCOPE);
    String arn = "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance-lifecycle-config/ml-env";
    NodeRecord c = out.nodes(NotebookLifecycleConfigSchema.NODE).get(0);
    assertThat(c.properties()).containsEntry("installScan", "scanned")
        .containsEntry("requirementFiles", List.of("/home/ec2-user/SageMaker/requirements.txt"))
        .containsEntry("packageIndexes", List.of("https://pypi.internal.example/simple"))
        .containsEntry("unresolvedInstalls", 1);
    assertThat(c.properties().toString()).doesNotContain("hunter2", "ci-bot");
    // pandas is no AI package; transformers is kept without a version
    assertThat(out.nodes(SoftwarePackageSchema.NODE)).extracting(n -> n.properties().get("purl"))
        .containsExactly("pkg:pypi/mlflow@2.2.0", "pkg:pypi/transformers", "pkg:pypi/openai@1.3.5",
            "pkg:pypi/gradio@3.50.0");
    assertThat(out.nodes(SoftwarePackageSchema.NODE).get(0).properties())
        .containsEntry("record", "pip-install").containsEntry("location", "ml-env/OnCreate[0]:5");
    assertThat(out.rels(NotebookLifecycleConfigSchema.USES_PACKAGE)).hasSize(4)
        .allSatisfy(r -> assertThat(r.fromId()).isEqualTo(arn));
    assertThat(out.rels(NotebookLifecycleConfigSchema.USES_AI)).hasSize(4);
    assertThat(out.nodes(AiUsageSchema.NODE)).allSatisfy(n -> assertThat(n.properties()).containsEntry("managed", false));
    // mlflow 2.2.0 has the critical GHSA-xg73-94fp-g449 (fixed in 2.2.1) among others; gradio 3.50.0 has its own
    assertThat(out.nodes(AdvisorySchema.NODE)).extracting(n -> n.properties().get("advisoryId"))
        .contains("GHSA-xg73-94fp-g449");
    assertThat(out.nodes(AdvisorySchema.NODE)).filteredOn(n -> "GHSA-xg73-94fp-g449".equals(n.properties().get("advisoryId")))
        .singleElement().satisfies(n -> assertThat(n.properties()).containsEntry("severity", "critical"));
    assertThat(out.nodes(AdvisorySchema.NODE)).extracting(n -> n.properties().get("package"))
        .doesNotContain("transformers", "openai");
  }

  @Test
  void aConfigurationWithoutInstallsHasNoPackages() {
    WriteBatch out = LifecycleConfigTransformer.transform(
        List.of(SageMakerRecorded.describeLifecycleConfig("DescribeNotebookInstanceLifecycleConfig.json")),
        Map.of(), CATALOGUE, ADVISORIES, SCOPE);
    assertThat(out.nodes(SoftwarePackageSchema.NODE)).isEmpty();
    assertThat(out.nodes(NotebookLifecycleConfigSchema.NODE).get(0).properties())
        .containsEntry("installScan", "scanned").containsEntry("packageIndexes", null);
  }

  @Test
  void aNotebookLinksToItsConfigurationByTheSameId() {
    var out = NotebookInstanceTransformer.transform(
        List.of(SageMakerRecorded.describeNotebook("DescribeNotebookInstance.json")), NetworkView.unknown(), Map.of(),
        SCOPE);
    assertThat(out.rels(NotebookInstanceSchema.USES_LIFECYCLE_CONFIG)).singleElement()
        .satisfies(r -> assertThat(r.toId()).isEqualTo(ARN));
  }

  @Test
  void aKeyWrittenIntoAHookIsFoundOnItsLineAndNotKept() {
    NodeRecord c = LifecycleConfigTransformer.transform(
        List.of(SageMakerRecorded.describeLifecycleConfig("DescribeNotebookInstanceLifecycleConfig-secrets.json")),
        Map.of(), CATALOGUE, ADVISORIES, SCOPE).nodes(NotebookLifecycleConfigSchema.NODE).get(0);
    assertThat(c.properties()).containsEntry("settingsScan", "scanned");
    assertThat(c.properties().get("settingSecrets")).asList().singleElement().asString()
        .startsWith("OnStart[0] line 4: secret.openai-api-key (critical), preview sk-p****");
    assertThat(c.toString()).doesNotContain("Wd5Rk2Nz8Lq3Xv6Tb1Hm9Jc4Fs7Gp0Ya2Ee6Ui3Oo8Pq1Xr5Ms9Nt4");
  }

  @Test
  void hooksWithoutSecretsAreCleanAndAnUndecodableHookLeavesTheVerdictUnknown() {
    NodeRecord plain = LifecycleConfigTransformer.transform(
        List.of(SageMakerRecorded.describeLifecycleConfig("DescribeNotebookInstanceLifecycleConfig.json")),
        Map.of(), CATALOGUE, ADVISORIES, SCOPE).nodes(NotebookLifecycleConfigSchema.NODE).get(0);
    assertThat(plain.properties()).containsEntry("settingsScan", "scanned").containsEntry("settingSecrets", null);
    NodeRecord odd = LifecycleConfigTransformer.transform(
        List.of(SageMakerRecorded.describeLifecycleConfig("DescribeNotebookInstanceLifecycleConfig-odd.json")),
        Map.of(), CATALOGUE, ADVISORIES, SCOPE).nodes(NotebookLifecycleConfigSchema.NODE).get(0);
    assertThat(odd.properties()).containsEntry("settingsScan", "failed");
    assertThat((String) odd.properties().get("settingsScanError")).startsWith("1 script(s) of");
  }
}
