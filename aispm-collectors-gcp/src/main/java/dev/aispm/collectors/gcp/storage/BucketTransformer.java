package dev.aispm.collectors.gcp.storage;

import com.google.cloud.storage.Acl;
import com.google.cloud.storage.BucketInfo;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.gcp.iam.Bindings;
import dev.aispm.graph.schema.gcp.storage.GcsBucketSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns buckets and their IAM policies into bucket nodes whose public flags use the S3 names
 * ({@code policyPublic}, {@code policyPublicWrite}, {@code aclPublic}), so the common rules on
 * publicly writable training data read GCP buckets unchanged. Public access prevention neutralises
 * both kinds of public grant, as Cloud Storage itself does.
 */
public final class BucketTransformer {
  private BucketTransformer() {}

  /** Everything read about one bucket. */
  public record BucketView(BucketInfo bucket, Read<Bindings> policy, Read<List<Acl>> acl) {}

  public static WriteBatch transform(List<BucketView> buckets, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (BucketView v : buckets) {
      BucketInfo b = v.bucket();
      if (b.getName() == null) {
        throw new IllegalStateException("bucket without a name");
      }
      BucketInfo.IamConfiguration iam = b.getIamConfiguration();
      Boolean uniform = iam == null ? null : Boolean.TRUE.equals(iam.isUniformBucketLevelAccessEnabled());
      String pap = iam == null || iam.getPublicAccessPrevention() == null ? null
          : iam.getPublicAccessPrevention().name().toLowerCase(java.util.Locale.ROOT);
      boolean prevented = "enforced".equals(pap);
      List<String> publicMembers = null;
      Boolean policyPublic = null;
      Boolean policyPublicWrite = null;
      if (v.policy().present()) {
        publicMembers = new ArrayList<>();
        boolean write = false;
        for (var e : v.policy().value().byRole().entrySet()) {
          for (String m : e.getValue()) {
            if (m.equals(Bindings.ALL_USERS) || m.equals(Bindings.ALL_AUTHENTICATED)) {
              publicMembers.add(e.getKey() + "=" + m);
              write |= v.policy().value().writes(e.getKey());
            }
          }
        }
        java.util.Collections.sort(publicMembers);
        policyPublic = !prevented && !publicMembers.isEmpty();
        policyPublicWrite = !prevented && write;
      }
      out.node(GcsBucketSchema.NODE, NodeRecord.of(GcpIds.bucket(b.getName()), scope)
          .set("name", b.getName())
          .set("bucketRegion", b.getLocation())
          .set("createdAt", b.getCreateTimeOffsetDateTime() == null ? null : b.getCreateTimeOffsetDateTime().toInstant())
          .set("uniformBucketLevelAccess", uniform)
          .set("publicAccessPrevention", pap)
          .set("publicMembers", publicMembers)
          .set("policyPublic", policyPublic)
          .set("policyPublicWrite", policyPublicWrite)
          .set("aclPublic", aclPublic(uniform, prevented, v.acl(), false))
          // Only WRITER or OWNER lets the public plant objects; READER exposes but poisons nothing.
          .set("aclPublicWrite", aclPublic(uniform, prevented, v.acl(), true))
          .set("encryption", b.getDefaultKmsKeyName() == null ? "google-managed" : "cmek")
          .set("kmsKeyId", b.getDefaultKmsKeyName())
          .set("versioning", Boolean.TRUE.equals(b.versioningEnabled()) ? "Enabled" : "Disabled")
          .set("retentionPeriodSeconds", b.getRetentionPeriodDuration() == null ? null
              : b.getRetentionPeriodDuration().getSeconds())
          .set("retentionLocked", b.getRetentionPeriodDuration() == null ? null
              : Boolean.TRUE.equals(b.retentionPolicyIsLocked()))
          .build());
    }
    return out;
  }

  /**
   * Under uniform access ACLs do not apply; otherwise an allUsers or allAuthenticatedUsers entry is
   * public, and with {@code write} only one whose role lets it create objects (WRITER, OWNER).
   */
  static Boolean aclPublic(Boolean uniform, boolean prevented, Read<List<Acl>> acl, boolean write) {
    if (Boolean.TRUE.equals(uniform) || prevented) {
      return false;
    }
    if (!acl.present()) {
      return null;
    }
    for (Acl a : acl.value()) {
      Acl.Entity e = a.getEntity();
      if (e != null && (e.getType() == Acl.Entity.Type.USER && ("allUsers".equals(e.toString())
          || "allAuthenticatedUsers".equals(e.toString())) || e.equals(Acl.User.ofAllUsers())
          || e.equals(Acl.User.ofAllAuthenticatedUsers()))
          && (!write || a.getRole() == Acl.Role.WRITER || a.getRole() == Acl.Role.OWNER)) {
        return true;
      }
    }
    return false;
  }
}
