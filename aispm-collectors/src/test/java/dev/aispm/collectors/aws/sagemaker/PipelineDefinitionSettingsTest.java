package dev.aispm.collectors.aws.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.graph.schema.aws.sagemaker.PipelineSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineResponse;
import software.amazon.awssdk.services.sagemaker.model.PipelineSummary;

/** Secrets written into SageMaker pipeline definitions, from recorded DescribePipeline answers. */
class PipelineDefinitionSettingsTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");

  private static PipelineSummary summary(DescribePipelineResponse d) {
    return PipelineSummary.builder().pipelineArn(d.pipelineArn()).pipelineName(d.pipelineName())
        .roleArn(d.roleArn()).build();
  }

  private static Map<String, Object> node(DescribePipelineResponse d) {
    var out = PipelineTransformer.transform(List.of(summary(d)), Map.of(d.pipelineName(), d), Map.of(), SCOPE);
    return out.nodes(PipelineSchema.NODE).get(0).properties();
  }

  @SuppressWarnings("unchecked")
  private static List<String> secrets(Map<String, Object> node) {
    return (List<String>) node.get("settingSecrets");
  }

  @Test
  void aTokenPassedToAnyStepOrAsAParameterDefaultIsNamedByItsPath() {
    Map<String, Object> p = node(SageMakerRecorded.describePipeline("DescribePipeline-secrets.json"));
    assertThat(p).containsEntry("settingsScan", "scanned").containsEntry("status", "Active");
    assertThat(secrets(p)).extracting(s -> s.substring(0, s.indexOf(" (")))
        .containsExactlyInAnyOrder(
            "Parameters[HfToken].DefaultValue: secret.huggingface-token",
            "Steps[Preprocess].Arguments.AppSpecification.ContainerArguments[5]: secret.slack-webhook",
            "Steps[Train].Arguments.HyperParameters.wandb_api_key: secret.wandb-api-key");
    assertThat(p.toString()).doesNotContain("hf_Tz4Mq8Wc2Rx6Kv1Nb9Lp3Jd7Hs5Fg0Ya8Q")
        .doesNotContain("9b2e7d4a1c8f3e6b0d5a2c9f7e4b1d8a3c6f0e2b").doesNotContain("Zq8Lr3Vx7Km2Np9Tb4Wc6Yd1");
  }

  @Test
  void anOrdinaryDefinitionWithExpressionsAndScriptModeHyperparametersIsClean() {
    Map<String, Object> p = node(SageMakerRecorded.describePipeline("DescribePipeline.json"));
    assertThat(p).containsEntry("settingsScan", "scanned").containsEntry("settingSecrets", null);
  }

  @Test
  void aDefinitionThatIsNotJsonFailsWithoutQuotingIt() {
    Map<String, Object> p = node(SageMakerRecorded.describePipeline("DescribePipeline-broken.json"));
    assertThat(p).containsEntry("settingsScan", "failed").containsEntry("settingSecrets", null);
    assertThat((String) p.get("settingsScanError")).contains("broken").doesNotContain("hf_");
  }

  @Test
  void aPipelineWhoseDefinitionCouldNotBeReadIsNotJudged() {
    DescribePipelineResponse d = SageMakerRecorded.describePipeline("DescribePipeline.json");
    var out = PipelineTransformer.transform(List.of(summary(d)), Map.of(), Map.of(), SCOPE);
    NodeRecord n = out.nodes(PipelineSchema.NODE).get(0);
    assertThat(n.properties()).containsEntry("settingsScan", "not-read").containsEntry("status", null);
    assertThat(out.rels(PipelineSchema.RUNS_AS)).hasSize(1);
  }

  @Test
  void stepsAndParametersGoByNameOtherListItemsByPosition() throws Exception {
    var root = new ObjectMapper().readTree("""
        {"Parameters": [{"Name": "A", "DefaultValue": "x"}, {"Name": "A", "DefaultValue": "y"}],
         "Steps": [{"Name": "S", "Arguments": {"List": ["p", {"k": "q"}], "N": 3, "On": true,
           "Ref": {"Get": "Parameters.A"}, "Prop": {"Std:JsonGet": {"Path": "metrics.auc"}},
           "Join": {"Std:Join": {"On": "/", "Values": ["s3:/", {"Get": "Parameters.A"}, "out"]}}}}]}""");
    assertThat(PipelineDefinitionSettings.strings(root)).containsExactly(
        Map.entry("Parameters[A].Name", "A"), Map.entry("Parameters[A].DefaultValue", "x"),
        Map.entry("Parameters[1].Name", "A"), Map.entry("Parameters[1].DefaultValue", "y"),
        Map.entry("Steps[S].Name", "S"), Map.entry("Steps[S].Arguments.List[0]", "p"),
        Map.entry("Steps[S].Arguments.List[1].k", "q"),
        Map.entry("Steps[S].Arguments.Join.Std:Join.Values[0]", "s3:/"),
        Map.entry("Steps[S].Arguments.Join.Std:Join.Values[2]", "out"));
  }
}
