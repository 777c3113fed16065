package dev.aispm.collectors.aws.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.aws.sagemaker.NotebookInstanceSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceResponse;

class NotebookInstanceTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");

  @Test
  void anInternetFacingRootNotebookBecomesReachableAndLinkedToItsRole() {
    DescribeNotebookInstanceResponse raw = SageMakerRecorded.describeNotebook("DescribeNotebookInstance.json");
    WriteBatch out = NotebookInstanceTransformer.transform(List.of(raw), NetworkView.unknown(), java.util.Map.of(), SCOPE);

    NodeRecord nb = out.nodes(NotebookInstanceSchema.NODE).get(0);
    assertThat(nb.id()).isEqualTo("arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/research-notebook");
    assertThat(nb.properties()).containsEntry("directInternetAccess", true).containsEntry("rootAccess", true)
        .containsEntry("kmsKeyId", null).containsEntry("subnetId", null).containsEntry("minimumImdsVersion", "1")
        .containsEntry("lifecycleConfigName", "research-setup");
    assertThat(out.rels(NotebookInstanceSchema.RUNS_AS)).singleElement()
        .satisfies(r -> assertThat(r.toId()).endsWith(":role/service-role/ResearchNotebookRole"));
    assertThat(out.rels(NotebookInstanceSchema.INTERNET_CAN_REACH)).singleElement()
        .satisfies(r -> assertThat(r.toId()).isEqualTo(nb.id()));
  }

  @Test
  void missingAndOddFieldsBecomeUnknownNotFalse() {
    DescribeNotebookInstanceResponse raw = SageMakerRecorded.describeNotebook("DescribeNotebookInstance-odd.json");
    WriteBatch out = NotebookInstanceTransformer.transform(List.of(raw), NetworkView.unknown(), java.util.Map.of(), SCOPE);

    NodeRecord nb = out.nodes(NotebookInstanceSchema.NODE).get(0);
    assertThat(nb.id()).as("ARN derived from the name when absent")
        .isEqualTo("arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/half-created");
    assertThat(nb.properties()).containsEntry("directInternetAccess", null).containsEntry("rootAccess", null)
        .containsEntry("securityGroupIds", List.of());
    assertThat(out.rels(NotebookInstanceSchema.RUNS_AS)).isEmpty();
    assertThat(out.rels(NotebookInstanceSchema.INTERNET_CAN_REACH)).isEmpty();
  }
}
