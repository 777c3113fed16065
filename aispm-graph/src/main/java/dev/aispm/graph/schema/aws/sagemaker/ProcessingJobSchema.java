package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.ec2.SecurityGroupSchema;
import dev.aispm.graph.schema.aws.ec2.SubnetSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.aws.s3.DataPrefixSchema;

/**
 * A SageMaker processing job: data preparation and evaluation code that reads raw data and
 * writes the features training jobs consume, so it sits on the poisoning and exfiltration paths.
 */
public final class ProcessingJobSchema {
  private ProcessingJobSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerProcessingJob")
      .concept("ProcessingJob")
      .description("A SageMaker processing job. Its id is the processing job ARN.")
      .property("name", "Processing job name")
      .property("status", "InProgress, Completed, Failed, Stopping, Stopped")
      .property("image", "Processing container image")
      .property("networkIsolation", "Whether the container has no network access")
      .property("interContainerEncryption", "Whether traffic between processing containers is encrypted")
      .property("volumeKmsKeyId", "KMS key of the processing volume")
      .property("outputKmsKeyId", "KMS key of the outputs")
      .property("subnetIds", "VPC subnets, absent when not in a VPC")
      .property("inputUris", "S3 URIs of the inputs")
      .property("outputUris", "S3 URIs of the outputs")
      .property("createdAt", "Creation time")
      .property("tags", "Tags as key=value strings")
      .properties(b -> SettingProperties.declare(b, "the environment variables"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The job runs with the role's permissions.");
  public static final RelSchema READS = RelSchema.toStub("READS", NODE, DataPrefixSchema.NODE,
      "The job reads the prefix as an input.");
  public static final RelSchema WRITES = RelSchema.toStub("WRITES", NODE, DataPrefixSchema.NODE,
      "The job writes an output under the prefix.");
  public static final RelSchema IN_SUBNET = RelSchema.toStub("IN_SUBNET", NODE, SubnetSchema.NODE,
      "The job's network interface is placed in the subnet.");
  public static final RelSchema HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", NODE,
      SecurityGroupSchema.NODE, "The job's network interface is governed by the security group.");
}
