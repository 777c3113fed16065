package dev.aispm.collectors.aws.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.aws.s3.DataPrefixSchema;
import dev.aispm.graph.schema.aws.sagemaker.AppSchema;
import dev.aispm.graph.schema.aws.sagemaker.HyperParameterTuningJobSchema;
import dev.aispm.graph.schema.aws.sagemaker.SpaceSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpaceAndTuningTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");
  static final String SPACE = "arn:aws:sagemaker:us-east-1:111111111111:space/d-acme1studio01/fraud-team-shared";
  static final String PROFILE = "arn:aws:sagemaker:us-east-1:111111111111:user-profile/d-acme1studio01/data-scientist-1";
  static final String DOMAIN = "arn:aws:sagemaker:us-east-1:111111111111:domain/d-acme1studio01";

  @Test
  void aSharedSpaceLinksToItsDomainAndOwner() {
    WriteBatch out = SpaceTransformer.transform(List.of(SageMakerRecorded.describeSpace("DescribeSpace.json")), List.of(),
        Map.of(SPACE, List.of("team=fraud")), SCOPE);
    NodeRecord s = out.nodes(SpaceSchema.NODE).get(0);
    assertThat(s.id()).isEqualTo(SPACE);
    assertThat(s.properties()).containsEntry("shared", true).containsEntry("sharingType", "Shared")
        .containsEntry("appType", "JupyterLab").containsEntry("ownerUserProfile", "data-scientist-1")
        .containsEntry("remoteAccess", true).containsEntry("tags", List.of("team=fraud"));
    assertThat(out.rels(SpaceSchema.IN_DOMAIN)).extracting(RelRecord::toId).containsExactly(DOMAIN);
    assertThat(out.rels(SpaceSchema.OWNED_BY)).extracting(RelRecord::toId).containsExactly(PROFILE);
  }

  @Test
  void aSpaceWithoutArnOwnerOrKnownSharingGetsABuiltIdAndUnknowns() {
    WriteBatch out = SpaceTransformer.transform(List.of(SageMakerRecorded.describeSpace("DescribeSpace-odd.json")),
        List.of(), Map.of(), SCOPE);
    NodeRecord s = out.nodes(SpaceSchema.NODE).get(0);
    assertThat(s.id()).isEqualTo("arn:aws:sagemaker:us-east-1:111111111111:space/d-halfmade/half-made");
    assertThat(s.properties()).containsEntry("shared", null).containsEntry("remoteAccess", null)
        .containsEntry("appType", null).containsEntry("tags", null);
    assertThat(out.rels(SpaceSchema.OWNED_BY)).isEmpty();
    assertThat(out.rels(SpaceSchema.IN_DOMAIN)).hasSize(1);
  }

  @Test
  void appsLinkToTheirProfileOrSpaceAndDeletedOrOrphanAppsAreSkipped() {
    WriteBatch out = SpaceTransformer.transform(List.of(), SageMakerRecorded.listApps("ListApps.json"), Map.of(), SCOPE);
    assertThat(out.nodes(AppSchema.NODE)).extracting(NodeRecord::id).containsExactly(
        "arn:aws:sagemaker:us-east-1:111111111111:app/d-acme1studio01/data-scientist-1/jupyterserver/default",
        "arn:aws:sagemaker:us-east-1:111111111111:app/d-acme1studio01/fraud-team-shared/jupyterlab/default",
        "arn:aws:sagemaker:us-east-1:111111111111:app/d-acme1studio01/data-scientist-1/somefutureapp/newthing");
    assertThat(out.nodes(AppSchema.NODE).get(1).properties()).containsEntry("instanceType", "ml.g5.xlarge")
        .containsEntry("space", "fraud-team-shared").containsEntry("userProfile", null)
        .containsEntry("lifecycleConfigArn", "arn:aws:sagemaker:us-east-1:111111111111:studio-lifecycle-config/pip-setup");
    assertThat(out.nodes(AppSchema.NODE).get(2).properties()).containsEntry("appType", "SomeFutureApp")
        .containsEntry("instanceType", null);
    assertThat(out.rels(AppSchema.APP_OF_SPACE)).extracting(RelRecord::toId).containsExactly(SPACE);
    assertThat(out.rels(AppSchema.APP_OF_USER)).extracting(RelRecord::toId).containsExactly(PROFILE, PROFILE);
    assertThat(out.rels(AppSchema.IN_DOMAIN)).extracting(RelRecord::toId).containsOnly(DOMAIN).hasSize(3);
  }

  @Test
  void aTuningJobCarriesItsDefinitionsRoleLineageAndTrainingSettings() {
    WriteBatch out = HyperParameterTuningJobTransformer.transform(
        List.of(SageMakerRecorded.describeTuningJob("DescribeHyperParameterTuningJob.json")), NetworkView.unknown(),
        Map.of(), SCOPE);
    NodeRecord j = out.nodes(HyperParameterTuningJobSchema.NODE).get(0);
    assertThat(j.id()).isEqualTo(
        "arn:aws:sagemaker:us-east-1:111111111111:hyper-parameter-tuning-job/fraud-detector-tuning");
    assertThat(j.properties()).containsEntry("networkIsolation", false).containsEntry("interContainerEncryption", false)
        .containsEntry("volumeKmsKeyId", null).containsEntry("subnetIds", null).containsEntry("strategy", "Bayesian")
        .containsEntry("maxTrainingJobs", 20).containsEntry("bestTrainingJob", "fraud-detector-tuning-014-abcd1234")
        .containsEntry("tags", null);
    assertThat(out.rels(HyperParameterTuningJobSchema.READS)).extracting(RelRecord::toId)
        .containsExactly("s3://acme-training-data/fraud/train/", "s3://acme-training-data/fraud/validation/");
    assertThat(out.rels(HyperParameterTuningJobSchema.WRITES)).extracting(RelRecord::toId)
        .containsExactly("s3://acme-models/fraud-detector-tuning/");
    assertThat(out.rels(HyperParameterTuningJobSchema.RUNS_AS)).extracting(RelRecord::toId)
        .containsExactly("arn:aws:iam::111111111111:role/service-role/FraudTrainingRole");
    assertThat(out.rels(DataPrefixSchema.IN_BUCKET)).extracting(RelRecord::toId).contains("arn:aws:s3:::acme-training-data");
  }

  @Test
  void severalDefinitionsAreOnlyAsSafeAsTheWeakestAndNonS3InputsAreSkipped() {
    WriteBatch out = HyperParameterTuningJobTransformer.transform(
        List.of(SageMakerRecorded.describeTuningJob("DescribeHyperParameterTuningJob-odd.json")), NetworkView.unknown(),
        Map.of(), SCOPE);
    NodeRecord j = out.nodes(HyperParameterTuningJobSchema.NODE).get(0);
    assertThat(j.id()).isEqualTo("arn:aws:sagemaker:us-east-1:111111111111:hyper-parameter-tuning-job/multi-def");
    // both isolate, one does not say whether it encrypts, only one has keys and a VPC
    assertThat(j.properties()).containsEntry("networkIsolation", true).containsEntry("interContainerEncryption", null)
        .containsEntry("volumeKmsKeyId", null).containsEntry("outputKmsKeyId", null).containsEntry("subnetIds", null)
        .containsEntry("inputUris", List.of("not-an-s3-uri"));
    assertThat(out.rels(HyperParameterTuningJobSchema.READS)).isEmpty();
    assertThat(out.rels(HyperParameterTuningJobSchema.WRITES)).hasSize(2);
    assertThat(out.rels(HyperParameterTuningJobSchema.RUNS_AS)).hasSize(2);
    assertThat(out.rels(HyperParameterTuningJobSchema.IN_SUBNET)).hasSize(1);
  }
}
