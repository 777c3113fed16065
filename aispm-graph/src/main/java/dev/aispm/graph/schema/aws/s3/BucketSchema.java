package dev.aispm.graph.schema.aws.s3;

import dev.aispm.graph.schema.NodeSchema;

/**
 * An S3 bucket with the settings that decide who can read and write it. Security flags are true,
 * false or absent: absent means the setting could not be read, and rules report it as unknown
 * rather than passing it.
 */
public final class BucketSchema {
  private BucketSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSS3Bucket")
      .concept("DataStore")
      .description("An S3 bucket. Its id is arn:aws:s3:::NAME.")
      .property("name", "Bucket name")
      .property("bucketRegion", "Region the bucket lives in")
      .property("createdAt", "Creation time")
      .property("publicAccessBlocked", "All four public access block settings on (bucket or account)")
      .property("policyPublic", "The bucket policy allows a public principal (* without a restricting condition)")
      .property("policyCrossAccountPrincipals", "Other accounts the bucket policy grants access to")
      .property("policyPublicWrite", "The bucket policy lets anyone write objects")
      .property("policyCrossAccountWriters", "Other accounts the bucket policy lets write objects")
      .property("aclPublic", "An ACL grant of any permission (read or write) to AllUsers or AuthenticatedUsers")
      .property("aclPublicWrite", "An ACL grant of WRITE, WRITE_ACP or FULL_CONTROL to AllUsers or AuthenticatedUsers: anyone can write objects (or grant themselves that)")
      .property("encryption", "Default encryption algorithm (AES256, aws:kms, aws:kms:dsse) or none")
      .property("kmsKeyId", "KMS key of default encryption, when KMS")
      .property("versioning", "Enabled, Suspended or Disabled")
      .property("objectLock", "Whether Object Lock is enabled")
      .property("loggingEnabled", "Whether server access logging is enabled")
      .property("usedByAi", "Whether an AI asset reads or writes the bucket")
      .build();
}
