package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.aws.ec2.SecurityGroupSchema;
import dev.aispm.graph.schema.aws.ec2.SubnetSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.aws.s3.DataPrefixSchema;

/**
 * A hyperparameter tuning job: it launches many training jobs from one training job definition,
 * so its definition decides the data, role, network and encryption of all of them. It carries the
 * TrainingJob concept and the training job's property names, so training rules and poisoning paths
 * cover it without a second copy. When a job has several definitions, a setting is true only when
 * every definition has it.
 */
public final class HyperParameterTuningJobSchema {
  private HyperParameterTuningJobSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerHyperParameterTuningJob")
      .concept("TrainingJob")
      .description("A SageMaker hyperparameter tuning job. Its id is the tuning job ARN.")
      .property("name", "Tuning job name")
      .property("status", "Completed, InProgress, Failed, Stopped, Stopping, Deleting, DeleteFailed")
      .property("strategy", "Bayesian, Random, Hyperband or Grid")
      .property("maxTrainingJobs", "Most training jobs the tuning job may launch")
      .property("algorithmImage", "Training image URI of the definition(s)")
      .property("networkIsolation", "Whether every definition runs its containers without network access")
      .property("interContainerEncryption", "Whether every definition encrypts traffic between containers")
      .property("volumeKmsKeyId", "KMS key of the training volume (absent if any definition has none)")
      .property("outputKmsKeyId", "KMS key of the output artifacts (absent if any definition has none)")
      .property("subnetIds", "VPC subnets, absent when any definition is not in a VPC")
      .property("inputUris", "S3 URIs of the input channels")
      .property("outputUri", "S3 output path(s)")
      .property("bestTrainingJob", "Name of the best training job so far")
      .property("createdAt", "Creation time")
      .property("tags", "Tags as key=value strings")
      .properties(b -> SettingProperties.declare(b, "the definitions' static hyperparameters and environment variables"))
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The training jobs the tuning job launches run with the role's permissions.");
  public static final RelSchema READS = RelSchema.toStub("READS", NODE, DataPrefixSchema.NODE,
      "The tuning job's training jobs read the prefix as an input channel.");
  public static final RelSchema WRITES = RelSchema.toStub("WRITES", NODE, DataPrefixSchema.NODE,
      "The tuning job's training jobs write their output under the prefix.");
  public static final RelSchema IN_SUBNET = RelSchema.toStub("IN_SUBNET", NODE, SubnetSchema.NODE,
      "The tuning job's training containers are placed in the subnet.");
  public static final RelSchema HAS_SECURITY_GROUP = RelSchema.toStub("HAS_SECURITY_GROUP", NODE,
      SecurityGroupSchema.NODE, "The tuning job's training containers are governed by the security group.");
}
