package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.ec2.SubnetSchema;
import dev.aispm.graph.schema.aws.ec2.SecurityGroupSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.aws.s3.DataPrefixSchema;
import dev.aispm.graph.schema.aws.s3.ModelArtifactSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/**
 * A SageMaker training job: it reads training data and writes a model artifact, and in script
 * mode it runs a source package whose AI packages and AI use no SageMaker API reports.
 */
public final class TrainingJobSchema {
  private TrainingJobSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerTrainingJob")
      .concept("TrainingJob")
      .description("A SageMaker training job. Its id is the training job ARN.")
      .property("name", "Training job name")
      .property("status", "InProgress, Completed, Failed, Stopping, Stopped")
      .property("algorithmImage", "Training image URI, absent for marketplace algorithms")
      .property("networkIsolation", "Whether the container has no network access")
      .property("interContainerEncryption", "Whether traffic between training containers is encrypted")
      .property("volumeKmsKeyId", "KMS key of the training volume")
      .property("outputKmsKeyId", "KMS key of the output artifact")
      .property("subnetIds", "VPC subnets, absent when not in a VPC")
      .property("inputUris", "S3 URIs of the input channels")
      .property("outputUri", "S3 output path")
      .property("modelArtifactUri", "S3 URI of the model artifact the job produced")
      .property("createdAt", "Creation time")
      .property("endedAt", "When training ended (TrainingEndTime), absent while it runs")
      .property("tags", "Tags as key=value strings")
      .property("sourceUri", "S3 URI of the script-mode source package (hyperparameter sagemaker_submit_directory), "
          + "absent for built-in algorithms")
      .property("codeScan", "Result of reading the source package: scanned, over-budget, failed; absent when the job "
          + "has none")
      .property("codeScanError", "Why the source package could not be read")
      .property("codeScanFindings", "Number of content findings in the source package (secrets, unsafe files)")
      .properties(b -> SettingProperties.declare(b, "the hyperparameters and environment variables"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The job runs with the role's permissions.");
  public static final RelSchema READS = RelSchema.toStub("READS", NODE, DataPrefixSchema.NODE,
      "The job reads the prefix as an input channel.");
  public static final RelSchema WRITES = RelSchema.toStub("WRITES", NODE, DataPrefixSchema.NODE,
      "The job writes its output under the prefix.");
  public static final RelSchema PRODUCED = RelSchema.toStub("PRODUCED", NODE, ModelArtifactSchema.NODE,
      "The job produced the model artifact.");
  public static final RelSchema IN_SUBNET = RelSchema.toStub("IN_SUBNET", NODE, SubnetSchema.NODE,
      "The job's network interface is placed in the subnet.");
  public static final RelSchema HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", NODE,
      SecurityGroupSchema.NODE, "The job's network interface is governed by the security group.");
  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "The job's source package holds or pins this AI package.");
  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The job's training code shows this AI use.");
}
