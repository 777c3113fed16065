package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.ec2.SubnetSchema;
import dev.aispm.graph.schema.aws.ec2.SecurityGroupSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.aws.s3.DataPrefixSchema;
import dev.aispm.graph.schema.aws.s3.ModelArtifactSchema;

/** A SageMaker training job: it reads training data and writes a model artifact. */
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
}
