package dev.aispm.graph.schema.gcp.storage;

import dev.aispm.graph.schema.NodeSchema;

/**
 * A Cloud Storage bucket with the settings that decide who can reach its objects. The public
 * flags use the same names as an S3 bucket's so the common rules read both.
 */
public final class GcsBucketSchema {
  private GcsBucketSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("GCSBucket")
      .concept("DataStore")
      .description("A Cloud Storage bucket. Its id is //storage.googleapis.com/projects/_/buckets/NAME.")
      .property("name", "Bucket name")
      .property("bucketRegion", "Location of the bucket (US, EU, us-central1 ...)")
      .property("createdAt", "Creation time")
      .property("uniformBucketLevelAccess", "Whether uniform bucket-level access is on (ACLs off)")
      .property("publicAccessPrevention", "enforced, inherited or unspecified")
      .property("publicMembers", "allUsers / allAuthenticatedUsers bindings as ROLE=MEMBER (absent: policy unread)")
      .property("policyPublic", "An IAM binding grants allUsers or allAuthenticatedUsers access, not prevented")
      .property("policyPublicWrite", "An IAM binding lets allUsers or allAuthenticatedUsers write objects, not prevented")
      .property("aclPublic", "A bucket ACL entry grants allUsers or allAuthenticatedUsers any role, not prevented (false under uniform access)")
      .property("aclPublicWrite", "A bucket ACL entry grants allUsers or allAuthenticatedUsers WRITER or OWNER, not prevented (false under uniform access)")
      .property("policyCrossAccountWriters", "Projects outside the organization's scanned projects whose principals can write (not derived: always empty)")
      .property("encryption", "cmek or google-managed")
      .property("kmsKeyId", "Default Cloud KMS key, when CMEK")
      .property("versioning", "Enabled or Disabled")
      .property("retentionPeriodSeconds", "Retention policy period, absent when none")
      .property("retentionLocked", "Whether the retention policy is locked")
      .property("usedByAi", "Whether an AI asset reads or writes the bucket")
      .build();
}
