package dev.aispm.collectors.aws.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.aws.sagemaker.DomainSchema;
import dev.aispm.graph.schema.aws.sagemaker.ProcessingJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StudioAndProcessingTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");

  @Test
  void anUnknownNetworkAccessTypeAndMissingSettingsStayUnknown() {
    WriteBatch out = DomainTransformer.transform(List.of(SageMakerRecorded.describeDomain("DescribeDomain-odd.json")),
        List.of(), NetworkView.unknown(), Map.of(), SCOPE);
    NodeRecord d = out.nodes(DomainSchema.NODE).get(0);
    assertThat(d.id()).isEqualTo("arn:aws:sagemaker:us-east-1:111111111111:domain/d-halfmade");
    assertThat(d.properties()).containsEntry("vpcOnly", null).containsEntry("internetReachable", null)
        .containsEntry("defaultExecutionRole", null).containsEntry("notebookOutputSharing", null)
        .containsEntry("customerKmsKey", false);
    assertThat(out.rels(DomainSchema.INTERNET_CAN_REACH)).isEmpty();
    assertThat(out.rels(DomainSchema.RUNS_AS)).isEmpty();
    assertThat(out.rels(DomainSchema.IN_SUBNET)).extracting(RelRecord::toId)
        .containsExactly("arn:aws:ec2:us-east-1:111111111111:subnet/subnet-unlisted");
  }

  @Test
  void aProcessingJobWithoutNetworkConfigHasSageMakersDefaultsAndItsLineage() {
    WriteBatch out = ProcessingJobTransformer.transform(
        List.of(SageMakerRecorded.describeProcessingJob("DescribeProcessingJob.json")), NetworkView.unknown(),
        Map.of("arn:aws:sagemaker:us-east-1:111111111111:processing-job/fraud-features-processing", List.of("env=prod")),
        SCOPE);
    NodeRecord p = out.nodes(ProcessingJobSchema.NODE).get(0);
    assertThat(p.properties()).containsEntry("networkIsolation", false).containsEntry("interContainerEncryption", false)
        .containsEntry("volumeKmsKeyId", null).containsEntry("subnetIds", null).containsEntry("tags", List.of("env=prod"));
    assertThat(out.rels(ProcessingJobSchema.READS)).extracting(RelRecord::toId)
        .containsExactly("s3://acme-training-data/fraud/raw/");
    assertThat(out.rels(ProcessingJobSchema.WRITES)).extracting(RelRecord::toId)
        .containsExactly("s3://acme-training-data/fraud/train/");
    assertThat(out.rels(ProcessingJobSchema.RUNS_AS)).hasSize(1);
  }

  @Test
  void datasetInputsAndNonS3UrisAreSkippedAndAVpcWithoutIsolationFlagsIsUnknown() {
    WriteBatch out = ProcessingJobTransformer.transform(
        List.of(SageMakerRecorded.describeProcessingJob("DescribeProcessingJob-odd.json")), NetworkView.unknown(),
        Map.of(), SCOPE);
    NodeRecord p = out.nodes(ProcessingJobSchema.NODE).get(0);
    assertThat(p.id()).isEqualTo("arn:aws:sagemaker:us-east-1:111111111111:processing-job/athena-extract");
    assertThat(p.properties()).containsEntry("networkIsolation", null).containsEntry("inputUris", List.of("file:///not-s3"))
        .containsEntry("tags", null);
    assertThat(out.rels(ProcessingJobSchema.READS)).isEmpty();
    assertThat(out.rels(ProcessingJobSchema.RUNS_AS)).isEmpty();
    assertThat(out.rels(ProcessingJobSchema.IN_SUBNET)).hasSize(1);
    assertThat(out.rels(ProcessingJobSchema.HAS_SECURITY_GROUP)).hasSize(1);
  }
}
