package dev.aispm.graph.schema.aws.iam;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.s3.BucketSchema;

/**
 * An IAM role with its policies summarised into capabilities. Rules ask "is this role admin",
 * "can it pass roles", "which buckets can it write" without parsing policy JSON in Cypher.
 */
public final class RoleSchema {
  private RoleSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSIAMRole")
      .concept("Identity")
      .description("An IAM role. Its id is the role ARN.")
      .property("name", "Role name")
      .property("path", "Role path")
      .property("createdAt", "Creation time")
      .property("trustedPrincipals", "Principals in the trust policy that may assume the role")
      .property("trustedServices", "AWS services in the trust policy (sagemaker.amazonaws.com ...)")
      .property("crossAccountTrust", "Whether the trust policy admits principals of other accounts")
      .property("attachedPolicyArns", "ARNs of managed policies attached to the role")
      .property("inlinePolicyNames", "Names of inline policies")
      .property("instanceProfileArns", "EC2 instance profiles that hand the role to instances, absent without one")
      .property("isAdmin", "Whether an allow statement grants every action on every resource")
      .property("canPassRole", "Whether the role may call iam:PassRole")
      .property("canCreateAiJobs", "Whether the role may create SageMaker or Bedrock jobs (with PassRole: escalation)")
      .property("writableBucketPatterns", "S3 bucket name patterns the role may write (* means all)")
      .property("readableBucketPatterns", "S3 bucket name patterns the role may read (* means all)")
      .property("privilegeLevel", "admin, write or read: the strongest capability the policies grant")
      .build();

  public static final RelSchema CAN_WRITE = RelSchema.of("CAN_WRITE", NODE, BucketSchema.NODE,
      "The role's policies allow writing objects to the bucket.");
  public static final RelSchema CAN_READ = RelSchema.of("CAN_READ", NODE, BucketSchema.NODE,
      "The role's policies allow reading objects from the bucket.");
}
