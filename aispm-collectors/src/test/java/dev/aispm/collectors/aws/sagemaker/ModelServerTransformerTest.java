package dev.aispm.collectors.aws.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.RecordedAnswersAccess;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.aws.sagemaker.ModelSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;

/** The servers and images of SageMaker models' containers, from recorded DescribeModel answers. */
class ModelServerTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");

  static DescribeModelResponse model(String file) {
    try (SageMakerClient c = RecordedAnswersAccess.sagemaker("sagemaker/" + file)) {
      return c.describeModel(r -> r.modelName("x"));
    }
  }

  @Test
  void aTgiContainerIsTheModelsServer() {
    WriteBatch out = ModelServerTransformer.transform(List.of(model("DescribeModel-tgi.json")), AiCatalogue.builtIn(),
        AdvisoryStore.bundled(), SCOPE);
    assertThat(out.nodes(AiUsageSchema.NODE)).singleElement().satisfies(u -> assertThat(u.properties())
        .containsEntry("subject", "tgi").containsEntry("kind", "server").containsEntry("dashboard", false));
    assertThat(out.rels(ModelSchema.USES_AI)).singleElement().satisfies(r ->
        assertThat(r.fromId()).isEqualTo("arn:aws:sagemaker:us-east-1:111111111111:model/support-llm"));
  }

  @Test
  void anInferencePipelineListsEveryContainersImageAndAPlainFrameworkImageIsNoServer() {
    DescribeModelResponse pipeline = model("DescribeModel-pipeline.json");
    assertThat(ModelServerTransformer.transform(List.of(pipeline), AiCatalogue.builtIn(), AdvisoryStore.bundled(), SCOPE)
        .nodes(AiUsageSchema.NODE)).isEmpty();
    WriteBatch nodes = ModelTransformer.transform(List.of(pipeline), NetworkView.unknown(), Map.of(), SCOPE);
    assertThat(nodes.nodes(ModelSchema.NODE)).singleElement().satisfies(n -> assertThat(n.properties())
        .containsEntry("containerImages", List.of("111111111111.dkr.ecr.us-east-1.amazonaws.com/support/ticket-triage:latest",
            "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1")));
  }
}
