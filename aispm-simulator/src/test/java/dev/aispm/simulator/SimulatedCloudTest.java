package dev.aispm.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.NotebookInstanceSummary;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.StsException;

/** Drives the real SDK against the fake through the standard configuration only. */
class SimulatedCloudTest {
  static SimulatedCloud cloud;

  @BeforeAll
  static void start() {
    cloud = SimulatedCloud.start();
    cloud.awsSdkSystemProperties().forEach(System::setProperty);
  }

  @AfterAll
  static void stop() {
    cloud.awsSdkSystemProperties().keySet().forEach(System::clearProperty);
    cloud.close();
  }

  @Test
  void theDefaultBuildersReachTheFakeAndTheAccessKeySelectsTheAccount() {
    try (StsClient sts = StsClient.create()) {
      assertThat(sts.getCallerIdentity().account()).isEqualTo("111111111111");
    }
  }

  @Test
  void theSignatureRegionSelectsTheRegionsResources() {
    assertThat(notebooks(Region.US_EAST_1)).containsExactly("research-notebook", "labeling-notebook");
    assertThat(notebooks(Region.EU_WEST_1)).containsExactly("secure-notebook");
    assertThatThrownBy(() -> notebooks(Region.AP_SOUTHEAST_2))
        .isInstanceOfSatisfying(SageMakerException.class, e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
          assertThat(e.getMessage()).contains("sagemaker:ListNotebookInstances");
        });
  }

  @Test
  void assumeRoleWithTheExternalIdEntersTheSecondAccount() {
    Credentials creds;
    try (StsClient sts = StsClient.create()) {
      creds = sts.assumeRole(r -> r.roleArn("arn:aws:iam::222222222222:role/AispmReadOnly")
          .roleSessionName("aispm").externalId(cloud.awsOrganization().externalId())).credentials();
      assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn("arn:aws:iam::222222222222:role/AispmReadOnly")
          .roleSessionName("aispm").externalId("wrong")))
          .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    }
    var provider = StaticCredentialsProvider.create(AwsSessionCredentials.create(creds.accessKeyId(),
        creds.secretAccessKey(), creds.sessionToken()));
    try (StsClient sts = StsClient.builder().credentialsProvider(provider).build();
         SageMakerClient sm = SageMakerClient.builder().credentialsProvider(provider).build()) {
      assertThat(sts.getCallerIdentity().account()).isEqualTo("222222222222");
      assertThat(sm.listNotebookInstances().notebookInstances()).extracting(NotebookInstanceSummary::notebookInstanceName)
          .containsExactly("analytics-notebook");
    }
  }

  @Test
  void s3ServesTheGeneratedModelArtifactsAndPolicies() {
    try (S3Client s3 = S3Client.builder().forcePathStyle(true).build()) {
      ResponseBytes<GetObjectResponse> bytes = s3.getObjectAsBytes(r -> r.bucket("acme-models")
          .key("fraud-detector/model.tar.gz"));
      assertThat(bytes.asByteArray()).startsWith(0x1f, 0x8b);
      assertThat(s3.getBucketPolicy(r -> r.bucket("acme-training-data")).policy()).contains("s3:PutObject");
      assertThatThrownBy(() -> s3.getBucketPolicy(r -> r.bucket("acme-kb-docs")))
          .isInstanceOfSatisfying(S3Exception.class,
              e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchBucketPolicy"));
      assertThat(s3.listBuckets().buckets()).hasSize(4);
    }
  }

  @Test
  void ec2ListsTheEnabledRegions() {
    try (Ec2Client ec2 = Ec2Client.create()) {
      assertThat(ec2.describeRegions(r -> r.allRegions(false)).regions()).extracting(
          software.amazon.awssdk.services.ec2.model.Region::regionName)
          .containsExactly("us-east-1", "eu-west-1", "ap-southeast-2");
    }
  }

  @Test
  void writesAreRefused() {
    try (SageMakerClient sm = SageMakerClient.create()) {
      assertThatThrownBy(() -> sm.deleteNotebookInstance(r -> r.notebookInstanceName("research-notebook")))
          .isInstanceOf(SageMakerException.class).hasMessageContaining("read-only");
    }
    assertThat(cloud.awsOperationsSeen()).contains("sagemaker:DeleteNotebookInstance");
  }

  @Test
  void theEnvironmentFormNamesEveryServiceOverride() {
    Map<String, String> env = cloud.awsSdkEnvironment();
    assertThat(env).containsEntry("AWS_ENDPOINT_URL_SAGEMAKER", cloud.baseUrl())
        .containsEntry("AWS_ENDPOINT_URL_BEDROCK_AGENT", cloud.baseUrl());
  }

  static java.util.List<String> notebooks(Region region) {
    try (SageMakerClient sm = SageMakerClient.builder().region(region).build()) {
      return sm.listNotebookInstancesPaginator().notebookInstances().stream()
          .map(NotebookInstanceSummary::notebookInstanceName).toList();
    }
  }
}
