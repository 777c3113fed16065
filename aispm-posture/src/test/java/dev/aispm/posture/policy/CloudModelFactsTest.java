package dev.aispm.posture.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.policy.Dimension;
import dev.aispm.scanners.policy.ModelFacts;
import dev.aispm.scanners.policy.ScanVerdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudModelFactsTest {
  @Test
  void bedrockModelIdsGiveVendorAndBaseModel() {
    ModelFacts fm = CloudModelFacts.of("arn", "AWSBedrockFoundationModel",
        Map.of("name", "anthropic.claude-3-haiku-20240307-v1:0"), List.of());
    assertThat(fm.vendor()).isEqualTo("anthropic");
    assertThat(fm.baseModels()).containsExactly("anthropic.claude-3-haiku-20240307-v1:0");
    assertThat(fm.judged()).containsExactlyInAnyOrder(Dimension.VENDOR, Dimension.BASE_MODEL);

    ModelFacts custom = CloudModelFacts.of("c", "AWSBedrockCustomModel",
        Map.of("baseModelArn", "arn:aws:bedrock:us-east-1::foundation-model/meta.llama3-8b-instruct-v1:0"), List.of());
    assertThat(custom.vendor()).isEqualTo("meta");
    assertThat(custom.baseModels()).containsExactly("meta.llama3-8b-instruct-v1:0");

    // a cross-region inference profile names its geography first
    ModelFacts profile = CloudModelFacts.of("p", "AWSBedrockProvisionedThroughput",
        Map.of("foundationModelArn", "us.anthropic.claude-3-5-sonnet-20240620-v1:0"), List.of());
    assertThat(profile.vendor()).isEqualTo("anthropic");

    ModelFacts unknown = CloudModelFacts.of("p", "AWSBedrockProvisionedThroughput", Map.of(), List.of());
    assertThat(unknown.vendor()).isNull();
    assertThat(unknown.baseModels()).isEmpty();
  }

  @Test
  void azureDeploymentsAndVertexPublisherModels() {
    ModelFacts d = CloudModelFacts.of("d", "AzureCognitiveServicesDeployment",
        Map.of("modelFormat", "OpenAI", "modelName", "gpt-4o"), List.of());
    assertThat(d.vendor()).isEqualTo("openai");
    assertThat(d.baseModels()).containsExactly("gpt-4o");

    ModelFacts tuned = CloudModelFacts.of("t", "VertexTuningJob",
        Map.of("baseModel", "projects/p/locations/us-central1/publishers/meta/models/llama3-8b@001"), List.of());
    assertThat(tuned.vendor()).isEqualTo("meta");
    assertThat(tuned.baseModels()).containsExactly("llama3-8b");
    ModelFacts gemini = CloudModelFacts.of("t", "VertexTuningJob", Map.of("baseModel", "gemini-1.5-pro-002"), List.of());
    assertThat(gemini.vendor()).isEqualTo("google");
  }

  @Test
  void modelsThatLoadFilesAreJudgedOnSourcesAndTheirArtifactsVerdict() {
    ModelFacts sm = CloudModelFacts.of("m", "AWSSageMakerModel", Map.of(
        "image", "111111111111.dkr.ecr.us-east-1.amazonaws.com/acme/serve:1",
        "modelDataUrl", "s3://models/fraud/model.tar.gz"), List.of("clean", "suspicious"));
    assertThat(sm.sources()).containsExactly("111111111111.dkr.ecr.us-east-1.amazonaws.com/acme/serve:1",
        "s3://models/fraud/model.tar.gz");
    assertThat(sm.verdict()).isEqualTo(ScanVerdict.SUSPICIOUS);
    assertThat(sm.judged()).containsExactlyInAnyOrder(Dimension.SOURCE, Dimension.SCAN_VERDICT);

    ModelFacts vertex = CloudModelFacts.of("v", "VertexModel", Map.of("artifactUri", "gs://m/fraud/"), List.of());
    assertThat(vertex.sources()).containsExactly("gs://m/fraud/");
    assertThat(vertex.verdict()).as("not scanned").isNull();
    assertThat(CloudModelFacts.of("a", "AzureMLModelVersion",
        Map.of("modelUri", "https://huggingface.co/meta-llama/Llama-3-8B"), List.of()).sources())
        .containsExactly("hf://meta-llama/Llama-3-8B");
  }
}
