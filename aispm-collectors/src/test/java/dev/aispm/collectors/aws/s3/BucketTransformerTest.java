package dev.aispm.collectors.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.collect.Read;
import dev.aispm.collectors.aws.s3.BucketTransformer.Block;
import dev.aispm.collectors.aws.s3.BucketTransformer.BucketView;
import dev.aispm.graph.schema.aws.s3.BucketSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.GetBucketAclResponse;
import software.amazon.awssdk.services.s3.model.Grant;
import software.amazon.awssdk.services.s3.model.Grantee;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.Type;

class BucketTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "global");
  // Bodies as GetBucketPolicy returns them (the policy document itself).
  static final String PUBLIC_WRITE = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*",
       "Action":["s3:PutObject","s3:GetObject"],"Resource":"arn:aws:s3:::b/*"}]}""";
  static final String DENY_INSECURE = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*",
       "Resource":"arn:aws:s3:::b/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}""";
  static final String CROSS = """
      {"Statement":{"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::222222222222:root","111111111111"]},
       "Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}}""";

  static Map<String, Object> bucket(Read<String> policy, Read<Block> block, Read<Block> account) {
    BucketView v = new BucketView("b", "us-east-1", null, policy, block, Read.absent(), Read.absent(), Read.of(null),
        Read.absent(), Read.of(false));
    NodeRecord r = BucketTransformer.transform(List.of(v), account, SCOPE).nodes(BucketSchema.NODE).get(0);
    return r.properties();
  }

  @Test
  void aPolicyLettingAnyoneWriteIsPublicWriteUnlessBlocked() {
    assertThat(bucket(Read.of(PUBLIC_WRITE), Read.absent(), Read.absent()))
        .containsEntry("policyPublic", true).containsEntry("policyPublicWrite", true)
        .containsEntry("publicAccessBlocked", false).containsEntry("versioning", "Disabled")
        .containsEntry("encryption", "none");
    Block all = new Block(true, true, true, true);
    assertThat(bucket(Read.of(PUBLIC_WRITE), Read.absent(), Read.of(all)))
        .as("the account-level block neutralises the policy")
        .containsEntry("publicAccessBlocked", true).containsEntry("policyPublicWrite", false);
  }

  @Test
  void denyStatementsAreNotPublicAndOtherAccountsAreListed() {
    assertThat(bucket(Read.of(DENY_INSECURE), Read.absent(), Read.absent())).containsEntry("policyPublic", false);
    assertThat(bucket(Read.of(CROSS), Read.absent(), Read.absent()))
        .containsEntry("policyCrossAccountPrincipals", List.of("222222222222")).containsEntry("policyPublic", false);
  }

  @Test
  void anUnreadableSettingIsUnknownNotSafe() {
    assertThat(bucket(Read.unknown(), Read.absent(), Read.unknown()))
        .containsEntry("policyPublic", null).containsEntry("policyPublicWrite", null)
        .containsEntry("publicAccessBlocked", null);
    assertThat(bucket(Read.of("{not json"), Read.absent(), Read.absent())).containsEntry("policyPublic", null);
  }

  static Map<String, Object> withAcl(Read<GetBucketAclResponse> acl, Read<Block> block) {
    BucketView v = new BucketView("b", "us-east-1", null, Read.absent(), block, acl, Read.absent(), Read.of(null),
        Read.absent(), Read.of(false));
    return BucketTransformer.transform(List.of(v), Read.absent(), SCOPE).nodes(BucketSchema.NODE).get(0).properties();
  }

  static GetBucketAclResponse acl(String groupUri, Permission permission) {
    return GetBucketAclResponse.builder().grants(
        Grant.builder().grantee(Grantee.builder().type(Type.CANONICAL_USER).id("owner").build())
            .permission(Permission.FULL_CONTROL).build(),
        Grant.builder().grantee(Grantee.builder().type(Type.GROUP).uri(groupUri).build()).permission(permission)
            .build()).build();
  }

  @Test
  void aPublicReadGrantIsPublicButNotWritable() {
    assertThat(withAcl(Read.of(acl(BucketTransformer.ALL_USERS, Permission.READ)), Read.absent()))
        .containsEntry("aclPublic", true).containsEntry("aclPublicWrite", false);
    assertThat(withAcl(Read.of(acl(BucketTransformer.AUTHENTICATED_USERS, Permission.READ_ACP)), Read.absent()))
        .containsEntry("aclPublic", true).containsEntry("aclPublicWrite", false);
  }

  @Test
  void aPublicWriteFullControlOrWriteAcpGrantIsWritableUnlessAclsAreIgnored() {
    for (Permission p : List.of(Permission.WRITE, Permission.FULL_CONTROL, Permission.WRITE_ACP)) {
      assertThat(withAcl(Read.of(acl(BucketTransformer.ALL_USERS, p)), Read.absent())).as(p.toString())
          .containsEntry("aclPublic", true).containsEntry("aclPublicWrite", true);
      assertThat(withAcl(Read.of(acl(BucketTransformer.AUTHENTICATED_USERS, p)), Read.absent())).as(p.toString())
          .containsEntry("aclPublicWrite", true);
    }
    Block ignoreAcls = new Block(false, true, false, false);
    assertThat(withAcl(Read.of(acl(BucketTransformer.ALL_USERS, Permission.WRITE)), Read.of(ignoreAcls)))
        .containsEntry("aclPublic", false).containsEntry("aclPublicWrite", false);
    assertThat(withAcl(Read.unknown(), Read.absent())).containsEntry("aclPublicWrite", null);
  }

  @Test
  void aPolicyLettingAnyonePutWithAWildcardIsPublicWriteAndAReadOnlyOneIsNot() {
    String putStar = """
        {"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"s3:Put*","Resource":"arn:aws:s3:::b/*"}]}""";
    String readOnly = """
        {"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}""";
    assertThat(bucket(Read.of(putStar), Read.absent(), Read.absent())).containsEntry("policyPublicWrite", true);
    assertThat(bucket(Read.of(readOnly), Read.absent(), Read.absent())).containsEntry("policyPublic", true)
        .containsEntry("policyPublicWrite", false);
  }
}
