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
}
