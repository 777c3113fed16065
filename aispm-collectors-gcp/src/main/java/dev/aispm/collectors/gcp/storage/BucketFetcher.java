package dev.aispm.collectors.gcp.storage;

import com.google.cloud.Policy;
import com.google.cloud.storage.Acl;
import com.google.cloud.storage.Bucket;
import com.google.cloud.storage.Storage;
import java.util.ArrayList;
import java.util.List;

/**
 * Cloud Storage calls: a project's buckets (storage.buckets.list), each bucket's IAM policy
 * (storage.buckets.getIamPolicy) and, for buckets still using ACLs, the bucket ACL
 * (storage.buckets.getIamPolicy covers reading it). Fetches only.
 */
public final class BucketFetcher {
  private BucketFetcher() {}

  /** Buckets of the project the client was built for. */
  public static List<Bucket> list(Storage storage) {
    List<Bucket> out = new ArrayList<>();
    storage.list(Storage.BucketListOption.pageSize(200))
        .iterateAll().forEach(out::add);
    return out;
  }

  /** The bucket's IAM policy, version 3 so conditional bindings come back whole. */
  public static Policy iamPolicy(Storage storage, String bucket) {
    return storage.getIamPolicy(bucket, Storage.BucketSourceOption.requestedPolicyVersion(3));
  }

  public static List<Acl> acl(Storage storage, String bucket) {
    return storage.listAcls(bucket);
  }
}
