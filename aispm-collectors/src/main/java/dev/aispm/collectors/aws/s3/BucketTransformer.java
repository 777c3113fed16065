package dev.aispm.collectors.aws.s3;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.iam.PolicyDocument;
import dev.aispm.graph.schema.aws.s3.BucketSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.s3.model.GetBucketAclResponse;
import software.amazon.awssdk.services.s3.model.Grant;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionConfiguration;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

/**
 * Turns what was read about each bucket into bucket nodes whose flags say who can reach the data.
 * A setting whose read failed leaves its flag unset (unknown); a setting that does not exist
 * (no policy, no public access block) is a definite answer.
 */
public final class BucketTransformer {
  private BucketTransformer() {}

  static final String ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
  static final String AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";
  /** ACL permissions that let a grantee write objects, directly or by rewriting the ACL. */
  static final Set<Permission> WRITE_PERMISSIONS = Set.of(Permission.WRITE, Permission.WRITE_ACP, Permission.FULL_CONTROL);

  /** The four public access block switches, whichever API they came from. */
  public record Block(Boolean blockPublicAcls, Boolean ignorePublicAcls, Boolean blockPublicPolicy,
      Boolean restrictPublicBuckets) {
    boolean all() {
      return Boolean.TRUE.equals(blockPublicAcls) && Boolean.TRUE.equals(ignorePublicAcls)
          && Boolean.TRUE.equals(blockPublicPolicy) && Boolean.TRUE.equals(restrictPublicBuckets);
    }

    boolean policyBlocked() {
      return Boolean.TRUE.equals(restrictPublicBuckets);
    }

    boolean aclsIgnored() {
      return Boolean.TRUE.equals(ignorePublicAcls);
    }
  }

  /** Everything read about one bucket. */
  public record BucketView(String name, String region, Instant createdAt, Read<String> policy, Read<Block> block,
      Read<GetBucketAclResponse> acl, Read<ServerSideEncryptionConfiguration> encryption, Read<String> versioning,
      Read<String> objectLock, Read<Boolean> logging) {}

  public static WriteBatch transform(List<BucketView> buckets, Read<Block> accountBlock, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (BucketView b : buckets) {
      if (b.name() == null) {
        continue;
      }
      Boolean blocked = blocked(b.block(), accountBlock);
      Boolean policyBlocked = anyBlock(b.block(), accountBlock, Block::policyBlocked);
      Boolean aclsIgnored = anyBlock(b.block(), accountBlock, Block::aclsIgnored);
      PolicyFacts policy = policyFacts(b.policy(), scope.account());
      Boolean aclPublic = aclPublic(b.acl(), false);
      Boolean aclPublicWrite = aclPublic(b.acl(), true);
      out.node(BucketSchema.NODE, NodeRecord.of(AwsIds.bucketArn(b.name()), scope)
          .set("name", b.name())
          .set("bucketRegion", b.region())
          .set("createdAt", b.createdAt())
          .set("publicAccessBlocked", blocked)
          // A public policy is neutralised when RestrictPublicBuckets applies; the raw policy
          // facts stay visible in the cross-account list either way.
          .set("policyPublic", effective(policy == null ? null : policy.isPublic(), policyBlocked))
          .set("policyPublicWrite", effective(policy == null ? null : policy.publicWrite(), policyBlocked))
          .set("policyCrossAccountPrincipals", policy == null ? null : List.copyOf(policy.crossAccount()))
          .set("aclPublic", effective(aclPublic, aclsIgnored))
          // Only a write grant lets the public plant data; a READ grant exposes it but poisons nothing.
          .set("aclPublicWrite", effective(aclPublicWrite, aclsIgnored))
          .set("encryption", encryption(b.encryption()))
          .set("kmsKeyId", kmsKey(b.encryption()))
          .set("versioning", !b.versioning().known() ? null : b.versioning().value() == null ? "Disabled"
              : b.versioning().value())
          .set("objectLock", !b.objectLock().known() ? null : "Enabled".equals(b.objectLock().value()))
          .set("loggingEnabled", b.logging().known() ? b.logging().value() : null)
          .build());
    }
    return out;
  }

  /** True when either level blocks everything; false when both are known not to; else unknown. */
  static Boolean blocked(Read<Block> bucket, Read<Block> account) {
    if (bucket.present() && bucket.value().all() || account.present() && account.value().all()) {
      return true;
    }
    return bucket.known() && account.known() ? false : null;
  }

  private static Boolean anyBlock(Read<Block> bucket, Read<Block> account, java.util.function.Predicate<Block> test) {
    if (bucket.present() && test.test(bucket.value()) || account.present() && test.test(account.value())) {
      return true;
    }
    return bucket.known() && account.known() ? false : null;
  }

  /** A raw exposure after the public access block: blocked means not exposed; unknown block keeps only a "no". */
  static Boolean effective(Boolean exposed, Boolean blocked) {
    if (exposed == null) {
      return null;
    }
    if (!exposed || Boolean.TRUE.equals(blocked)) {
      return false;
    }
    return blocked == null ? null : true;
  }

  record PolicyFacts(boolean isPublic, boolean publicWrite, Set<String> crossAccount) {}

  static PolicyFacts policyFacts(Read<String> policy, String ownAccount) {
    if (!policy.known()) {
      return null;
    }
    if (policy.value() == null) {
      return new PolicyFacts(false, false, Set.of());
    }
    PolicyDocument doc = PolicyDocument.parse(policy.value());
    if (!doc.valid()) {
      return null;
    }
    boolean isPublic = false;
    boolean write = false;
    Set<String> cross = new LinkedHashSet<>();
    for (PolicyDocument.Statement s : doc.statements()) {
      if (!s.allow()) {
        continue;
      }
      List<String> aws = s.principals().getOrDefault("AWS", List.of());
      if (s.everyone() && !s.conditional()) {
        isPublic = true;
        if (PolicyDocument.grants(s, "s3:PutObject")) {
          write = true;
        }
      }
      for (String p : aws) {
        String account = p.matches("\\d{12}") ? p : AwsIds.accountOfArn(p);
        if (account != null && !account.equals(ownAccount)) {
          cross.add(account);
        }
      }
    }
    return new PolicyFacts(isPublic, write, cross);
  }

  /**
   * Whether the ACL grants AllUsers or AuthenticatedUsers anything, or with {@code write} a
   * permission that lets them write objects: WRITE, FULL_CONTROL, or WRITE_ACP (which lets them
   * grant themselves WRITE).
   */
  static Boolean aclPublic(Read<GetBucketAclResponse> acl, boolean write) {
    if (!acl.present()) {
      return acl.known() ? false : null;
    }
    for (Grant g : acl.value().grants()) {
      if (g.grantee() != null && (ALL_USERS.equals(g.grantee().uri()) || AUTHENTICATED_USERS.equals(g.grantee().uri()))
          && (!write || WRITE_PERMISSIONS.contains(g.permission()))) {
        return true;
      }
    }
    return false;
  }

  static String encryption(Read<ServerSideEncryptionConfiguration> enc) {
    if (!enc.known()) {
      return null;
    }
    ServerSideEncryptionRule rule = firstRule(enc);
    return rule == null || rule.applyServerSideEncryptionByDefault() == null ? "none"
        : rule.applyServerSideEncryptionByDefault().sseAlgorithmAsString();
  }

  static String kmsKey(Read<ServerSideEncryptionConfiguration> enc) {
    ServerSideEncryptionRule rule = firstRule(enc);
    return rule == null || rule.applyServerSideEncryptionByDefault() == null ? null
        : rule.applyServerSideEncryptionByDefault().kmsMasterKeyID();
  }

  private static ServerSideEncryptionRule firstRule(Read<ServerSideEncryptionConfiguration> enc) {
    if (!enc.present() || !enc.value().hasRules() || enc.value().rules().isEmpty()) {
      return null;
    }
    return enc.value().rules().get(0);
  }
}
