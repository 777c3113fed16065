package dev.aispm.collectors.aws.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.aws.sagemaker.NotebookInstanceSchema;
import dev.aispm.graph.schema.aws.sagemaker.NotebookLifecycleConfigSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LifecycleConfigTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");
  static final String ARN =
      "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance-lifecycle-config/research-setup";

  @Test
  void aStartScriptPipingADownloadIntoBashIsRemoteExecution() {
    NodeRecord c = LifecycleConfigTransformer.transform(
        List.of(SageMakerRecorded.describeLifecycleConfig("DescribeNotebookInstanceLifecycleConfig.json")),
        Map.of(ARN, List.of("owner=research")), SCOPE).nodes(NotebookLifecycleConfigSchema.NODE).get(0);
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
        Map.of(), SCOPE).nodes(NotebookLifecycleConfigSchema.NODE).get(0);
    assertThat(c.id()).isEqualTo("arn:aws:sagemaker:us-east-1:111111111111:notebook-instance-lifecycle-config/half-written");
    assertThat(c.properties()).containsEntry("remoteScriptExecution", null)
        .containsEntry("riskyPatterns", List.of("undecodable")).containsEntry("onCreateScripts", 0)
        .containsEntry("tags", null);
  }

  @Test
  void aNotebookLinksToItsConfigurationByTheSameId() {
    var out = NotebookInstanceTransformer.transform(
        List.of(SageMakerRecorded.describeNotebook("DescribeNotebookInstance.json")), NetworkView.unknown(), Map.of(),
        SCOPE);
    assertThat(out.rels(NotebookInstanceSchema.USES_LIFECYCLE_CONFIG)).singleElement()
        .satisfies(r -> assertThat(r.toId()).isEqualTo(ARN));
  }
}
