package dev.aispm.collectors.aws.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.aws.sagemaker.HyperParameterTuningJobSchema;
import dev.aispm.graph.schema.aws.sagemaker.ModelSchema;
import dev.aispm.graph.schema.aws.sagemaker.ProcessingJobSchema;
import dev.aispm.graph.schema.aws.sagemaker.TrainingJobSchema;
import dev.aispm.graph.schema.aws.sagemaker.TransformJobSchema;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secrets in the settings SageMaker's Describe answers carry in clear, from recorded answers. */
class SageMakerSettingsTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");

  @SuppressWarnings("unchecked")
  private static List<String> secrets(Map<String, Object> node) {
    return (List<String>) node.get("settingSecrets");
  }

  @Test
  void aHubTokenOnAnInferenceContainerIsNamedByItsPlaceInTheAnswer() {
    var out = ModelTransformer.transform(List.of(ModelServerTransformerTest.model("DescribeModel-hf-token.json")),
        NetworkView.unknown(), Map.of(), SCOPE);
    Map<String, Object> model = out.nodes(ModelSchema.NODE).get(0).properties();
    assertThat(model).containsEntry("settingsScan", "scanned");
    assertThat(secrets(model)).singleElement().asString()
        .startsWith("PrimaryContainer.Environment.HUGGING_FACE_HUB_TOKEN: secret.huggingface-token (high), preview hf_Q****")
        .doesNotContain("hf_Qm7Vx2LpT9rKs4Nd8WzB3yHc6Jf1GtRa5E");
  }

  @Test
  void anOrdinaryServingEnvironmentHasNoSecret() {
    var out = ModelTransformer.transform(List.of(ModelServerTransformerTest.model("DescribeModel-tgi.json"),
        ModelServerTransformerTest.model("DescribeModel-pipeline.json")), NetworkView.unknown(), Map.of(), SCOPE);
    assertThat(out.nodes(ModelSchema.NODE)).hasSize(2).allSatisfy(n -> assertThat(n.properties())
        .containsEntry("settingsScan", "scanned").containsEntry("settingSecrets", null));
  }

  @Test
  void hyperparametersAndTheJobEnvironmentAreBothJudged() {
    var out = TrainingJobTransformer.transform(List.of(
        SageMakerRecorded.describeTrainingJob("DescribeTrainingJob-secrets.json"),
        SageMakerRecorded.describeTrainingJob("DescribeTrainingJob-script.json")), NetworkView.unknown(), Map.of(), SCOPE);
    Map<String, Object> tracked = out.nodes(TrainingJobSchema.NODE).get(0).properties();
    assertThat(secrets(tracked)).extracting(s -> s.substring(0, s.indexOf(" (")))
        .containsExactlyInAnyOrder("HyperParameters.wandb_api_key: secret.wandb-api-key",
            "Environment.HF_TOKEN: secret.huggingface-token");
    assertThat(secrets(tracked)).noneMatch(s -> s.contains("874c035f9042bcda884c8c35e31eb3098f534653"));
    // Script-mode hyperparameters (program, source URI, region) are not secrets.
    assertThat(out.nodes(TrainingJobSchema.NODE).get(1).properties()).containsEntry("settingsScan", "scanned")
        .containsEntry("settingSecrets", null);
  }

  @Test
  void everyDefinitionOfATuningJobIsJudgedAndNamedByItsPosition() {
    var out = HyperParameterTuningJobTransformer.transform(List.of(
        SageMakerRecorded.describeTuningJob("DescribeHyperParameterTuningJob-secrets.json"),
        SageMakerRecorded.describeTuningJob("DescribeHyperParameterTuningJob.json")), NetworkView.unknown(),
        Map.of(), SCOPE);
    Map<String, Object> sweep = out.nodes(HyperParameterTuningJobSchema.NODE).get(0).properties();
    assertThat(sweep).containsEntry("settingsScan", "scanned");
    assertThat(secrets(sweep)).extracting(s -> s.substring(0, s.indexOf(" (")))
        .containsExactlyInAnyOrder("TrainingJobDefinitions[0].Environment.HF_TOKEN: secret.huggingface-token",
            "TrainingJobDefinitions[1].StaticHyperParameters.wandb_api_key: secret.wandb-api-key");
    assertThat(sweep.toString()).doesNotContain("5d1e9a4c7b2f8e3a6d0c9b5f1e7a2d4c8b6f3e0a")
        .doesNotContain("hf_Wq7Zr2Kx9Lm4Tn8Vb3Yc6Jd1Fs5Gh0Pa2E");
    // A single definition with an algorithm's static hyperparameters holds no secret.
    assertThat(out.nodes(HyperParameterTuningJobSchema.NODE).get(1).properties())
        .containsEntry("settingsScan", "scanned").containsEntry("settingSecrets", null);
  }

  @Test
  void processingAndTransformJobsWithoutAnEnvironmentAreScannedAndClean() {
    var processing = ProcessingJobTransformer.transform(
        List.of(SageMakerRecorded.describeProcessingJob("DescribeProcessingJob.json")), NetworkView.unknown(),
        Map.of(), SCOPE);
    assertThat(processing.nodes(ProcessingJobSchema.NODE).get(0).properties()).containsEntry("settingsScan", "scanned");
    var transform = TransformJobTransformer.transform(
        List.of(SageMakerRecorded.describeTransformJob("DescribeTransformJob.json")), SCOPE);
    assertThat(transform.nodes(TransformJobSchema.NODE).get(0).properties()).containsEntry("settingsScan", "scanned");
  }

  @Test
  void jsonEncodedHyperparametersAreReadAsTheScriptReadsThem() {
    assertThat(SageMakerSettings.unquoted("\"train.py\"")).isEqualTo("train.py");
    assertThat(SageMakerSettings.unquoted("\"a\\\"b\"")).isEqualTo("a\"b");
    assertThat(SageMakerSettings.unquoted("6")).isEqualTo("6");
    assertThat(SageMakerSettings.unquoted("\"unterminated\\\"")).isEqualTo("\"unterminated\\\"");
    assertThat(SageMakerSettings.unquoted("\"")).isEqualTo("\"");
    assertThat(SageMakerSettings.unquoted(null)).isNull();
  }
}
