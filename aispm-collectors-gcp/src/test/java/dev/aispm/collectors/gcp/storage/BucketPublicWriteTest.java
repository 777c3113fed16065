package dev.aispm.collectors.gcp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.storage.Acl;
import com.google.cloud.storage.BucketInfo;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.gcp.storage.GcsBucketSchema;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A bucket ACL entry for allUsers or allAuthenticatedUsers makes a bucket public, but only a
 * WRITER or OWNER entry lets the public write objects: the public-write attack paths read that
 * flag alone, so a world-readable bucket is not reported as poisonable.
 */
class BucketPublicWriteTest {
  static final ScopeKey SCOPE = new ScopeKey("gcp", "p", "global");

  static Map<String, Object> bucket(BucketInfo.IamConfiguration iam, Read<List<Acl>> acl) {
    BucketInfo info = BucketInfo.newBuilder("b").setIamConfiguration(iam).build();
    return BucketTransformer.transform(List.of(new BucketTransformer.BucketView(info, Read.absent(), acl)), SCOPE)
        .nodes(GcsBucketSchema.NODE).get(0).properties();
  }

  static BucketInfo.IamConfiguration fineGrained() {
    return BucketInfo.IamConfiguration.newBuilder().setIsUniformBucketLevelAccessEnabled(false).build();
  }

  @Test
  void aPublicReaderEntryIsPublicButNotWritable() {
    assertThat(bucket(fineGrained(), Read.of(List.of(Acl.of(Acl.User.ofAllUsers(), Acl.Role.READER)))))
        .containsEntry("aclPublic", true).containsEntry("aclPublicWrite", false);
  }

  @Test
  void aPublicWriterOrOwnerEntryIsWritable() {
    assertThat(bucket(fineGrained(), Read.of(List.of(Acl.of(Acl.User.ofAllUsers(), Acl.Role.WRITER)))))
        .containsEntry("aclPublic", true).containsEntry("aclPublicWrite", true);
    assertThat(bucket(fineGrained(), Read.of(List.of(Acl.of(Acl.User.ofAllAuthenticatedUsers(), Acl.Role.OWNER)))))
        .containsEntry("aclPublicWrite", true);
  }

  @Test
  void uniformAccessTurnsAclsOffAndAnUnreadAclIsUnknown() {
    BucketInfo.IamConfiguration uniform = BucketInfo.IamConfiguration.newBuilder()
        .setIsUniformBucketLevelAccessEnabled(true).build();
    assertThat(bucket(uniform, Read.of(List.of(Acl.of(Acl.User.ofAllUsers(), Acl.Role.WRITER)))))
        .containsEntry("aclPublic", false).containsEntry("aclPublicWrite", false);
    assertThat(bucket(fineGrained(), Read.unknown())).containsEntry("aclPublicWrite", null);
  }
}
