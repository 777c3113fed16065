package dev.aispm.collectors.aws.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.aws.s3.DataPrefixSchema;
import dev.aispm.graph.schema.aws.s3.ModelArtifactSchema;
import dev.aispm.graph.schema.aws.sagemaker.TrainingJobSchema;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingJobTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");

  @Test
  void inputChannelsOutputAndArtifactBecomeLineage() {
    WriteBatch out = TrainingJobTransformer.transform(
        List.of(SageMakerRecorded.describeTrainingJob("DescribeTrainingJob.json")), NetworkView.unknown(), java.util.Map.of(), SCOPE);
    assertThat(out.rels(TrainingJobSchema.READS)).extracting(RelRecord::toId)
        .containsExactly("s3://acme-training-data/fraud/train/", "s3://acme-training-data/fraud/validation/");
    assertThat(out.rels(TrainingJobSchema.WRITES)).extracting(RelRecord::toId).containsExactly("s3://acme-models/fraud-detector/");
    assertThat(out.rels(TrainingJobSchema.PRODUCED)).extracting(RelRecord::toId)
        .containsExactly("s3://acme-models/fraud-detector/model.tar.gz");
    assertThat(out.nodes(ModelArtifactSchema.NODE).get(0).properties()).containsEntry("bucket", "acme-models")
        .containsEntry("key", "fraud-detector/model.tar.gz");
    assertThat(out.rels(DataPrefixSchema.IN_BUCKET)).extracting(RelRecord::toId).contains("arn:aws:s3:::acme-training-data");
    assertThat(out.nodes(TrainingJobSchema.NODE).get(0).properties()).containsEntry("networkIsolation", false)
        .containsEntry("volumeKmsKeyId", null);
  }

  @Test
  void nonS3InputsAndAMissingArtifactAreSkippedWithoutFailing() {
    WriteBatch out = TrainingJobTransformer.transform(
        List.of(SageMakerRecorded.describeTrainingJob("DescribeTrainingJob-odd.json")), NetworkView.unknown(), java.util.Map.of(), SCOPE);
    assertThat(out.nodes(TrainingJobSchema.NODE)).hasSize(1);
    assertThat(out.rels(TrainingJobSchema.READS)).isEmpty();
    assertThat(out.rels(TrainingJobSchema.PRODUCED)).isEmpty();
    assertThat(out.nodes(TrainingJobSchema.NODE).get(0).properties()).containsEntry("networkIsolation", null)
        .containsEntry("inputUris", List.of("https://not-s3.example/x"));
  }
}
