package dev.aispm.collectors.aws.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.schema.aws.sagemaker.TransformJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransformJobTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");

  @Test
  void aJobWithDataCaptureNamesItsDestination() {
    NodeRecord j = TransformJobTransformer.transform(
        List.of(SageMakerRecorded.describeTransformJob("DescribeTransformJob.json")), SCOPE)
        .nodes(TransformJobSchema.NODE).get(0);
    assertThat(j.id()).isEqualTo("arn:aws:sagemaker:us-east-1:111111111111:transform-job/claims-batch-scoring");
    assertThat(j.properties()).containsEntry("name", "claims-batch-scoring").containsEntry("status", "Completed")
        .containsEntry("modelName", "claims-triage-model").containsEntry("inputUri", "s3://acme-claims/batch/in/")
        .containsEntry("outputUri", "s3://acme-claims/batch/out/")
        .containsEntry("dataCaptureDestination", "s3://acme-claims/capture/claims-batch-scoring");
  }

  @Test
  void aJobWithoutCaptureOrArnIsKeptWithNoDestination() {
    NodeRecord j = TransformJobTransformer.transform(
        List.of(SageMakerRecorded.describeTransformJob("DescribeTransformJob-odd.json")), SCOPE)
        .nodes(TransformJobSchema.NODE).get(0);
    assertThat(j.id()).isEqualTo("arn:aws:sagemaker:us-east-1:111111111111:transform-job/adhoc-scoring");
    assertThat(j.properties()).containsEntry("dataCaptureDestination", null).containsEntry("inputUri", null)
        .containsEntry("outputUri", null).containsEntry("status", "Failed");
  }
}
