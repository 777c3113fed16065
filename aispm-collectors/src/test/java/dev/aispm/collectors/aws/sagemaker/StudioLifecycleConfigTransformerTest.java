package dev.aispm.collectors.aws.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.schema.aws.sagemaker.StudioLifecycleConfigSchema;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.model.CodeEditorAppSettings;
import software.amazon.awssdk.services.sagemaker.model.JupyterLabAppSettings;
import software.amazon.awssdk.services.sagemaker.model.ResourceSpec;
import software.amazon.awssdk.services.sagemaker.model.UserSettings;

class StudioLifecycleConfigTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");
  static final String ARN = "arn:aws:sagemaker:us-east-1:111111111111:studio-lifecycle-config/jl-setup";

  private static WriteBatch transform(String file) {
    return StudioLifecycleConfigTransformer.transform(List.of(SageMakerRecorded.describeStudioLifecycleConfig(file)),
        AiCatalogue.builtIn(), AdvisoryStore.bundled(), SCOPE);
  }

  @Test
  void theScriptIsReadForRiskyPatternsAndForWhatItInstalls() {
    WriteBatch out = transform("DescribeStudioLifecycleConfig.json");
    NodeRecord c = out.nodes(StudioLifecycleConfigSchema.NODE).get(0);
    assertThat(c.id()).isEqualTo(ARN);
    assertThat(c.properties()).containsEntry("appType", "JupyterLab").containsEntry("remoteScriptExecution", true)
        .containsEntry("riskyPatterns", List.of("pipe-to-shell", "plain-http-download"))
        .containsEntry("installScan", "scanned")
        .containsEntry("packageIndexes", List.of("https://artifacts.acme.example/api/pypi/simple"));
    assertThat(c.properties().toString()).doesNotContain("tok3n", "deploy:");
    assertThat(out.nodes(SoftwarePackageSchema.NODE)).extracting(n -> n.properties().get("purl"))
        .containsExactly("pkg:pypi/gradio@3.50.0", "pkg:pypi/langchain");
    assertThat(out.rels(StudioLifecycleConfigSchema.USES_PACKAGE)).hasSize(2)
        .allSatisfy(r -> assertThat(r.fromId()).isEqualTo(ARN));
    assertThat(out.nodes(AdvisorySchema.NODE)).extracting(n -> n.properties().get("package")).contains("gradio")
        .doesNotContain("langchain");
  }

  @Test
  void anUndecodableScriptIsUnknownAndTheIdComesFromTheNameAsSageMakerLowerCasesIt() {
    WriteBatch out = transform("DescribeStudioLifecycleConfig-odd.json");
    NodeRecord c = out.nodes(StudioLifecycleConfigSchema.NODE).get(0);
    assertThat(c.id()).isEqualTo("arn:aws:sagemaker:us-east-1:111111111111:studio-lifecycle-config/broken");
    assertThat(c.properties()).containsEntry("remoteScriptExecution", null).containsEntry("installScan", "failed")
        .containsEntry("appType", "SomethingNew");
    assertThat(out.nodes(SoftwarePackageSchema.NODE)).isEmpty();
  }

  @Test
  void userSettingsAttachConfigurationsPerAppAndAsDefaults() {
    String lab = "arn:aws:sagemaker:us-east-1:111111111111:studio-lifecycle-config/lab";
    String def = "arn:aws:sagemaker:us-east-1:111111111111:studio-lifecycle-config/default";
    String code = "arn:aws:sagemaker:us-east-1:111111111111:studio-lifecycle-config/code";
    UserSettings u = UserSettings.builder()
        .jupyterLabAppSettings(JupyterLabAppSettings.builder().lifecycleConfigArns(lab)
            .defaultResourceSpec(ResourceSpec.builder().lifecycleConfigArn(def).build()).build())
        .codeEditorAppSettings(CodeEditorAppSettings.builder().lifecycleConfigArns(code, lab).build())
        .build();
    assertThat(DomainTransformer.lifecycleConfigs(u)).isEqualTo(Set.of(lab, def, code));
    assertThat(DomainTransformer.lifecycleConfigs(UserSettings.builder().executionRole("r").build())).isEmpty();
    assertThat(DomainTransformer.lifecycleConfigs(null)).isEmpty();
  }

  @Test
  void theScriptIsJudgedForSecretsLineByLine() {
    NodeRecord c = transform("DescribeStudioLifecycleConfig.json").nodes(StudioLifecycleConfigSchema.NODE).get(0);
    assertThat(c.properties()).containsEntry("settingsScan", "scanned");
    // The index URL's password (deploy:tok3n@...) on the script's fifth line.
    assertThat(c.properties().get("settingSecrets")).asList().singleElement().asString()
        .startsWith("Content line 5: secret.url-password (medium), preview t****");
    NodeRecord odd = transform("DescribeStudioLifecycleConfig-odd.json").nodes(StudioLifecycleConfigSchema.NODE).get(0);
    assertThat(odd.properties()).containsEntry("settingsScan", "failed").containsEntry("settingSecrets", null);
  }
}
