package dev.aispm.collectors.aws.s3;

import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.GetBucketAclResponse;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionConfiguration;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/** Reads buckets and the settings that decide who can reach their objects; SDK calls only. */
public final class BucketFetcher {
  private BucketFetcher() {}

  public static List<Bucket> list(S3Client client) {
    return client.listBucketsPaginator(r -> r.maxBuckets(1000)).buckets().stream().toList();
  }

  public static String location(S3Client client, String bucket) {
    String constraint = client.getBucketLocation(r -> r.bucket(bucket)).locationConstraintAsString();
    // An empty location constraint is how S3 names us-east-1.
    return constraint == null || constraint.isEmpty() ? "us-east-1" : constraint;
  }

  public static String policy(S3Client client, String bucket) {
    return client.getBucketPolicy(r -> r.bucket(bucket)).policy();
  }

  public static PublicAccessBlockConfiguration publicAccessBlock(S3Client client, String bucket) {
    return client.getPublicAccessBlock(r -> r.bucket(bucket)).publicAccessBlockConfiguration();
  }

  public static software.amazon.awssdk.services.s3control.model.PublicAccessBlockConfiguration accountPublicAccessBlock(
      S3ControlClient client, String account) {
    return client.getPublicAccessBlock(r -> r.accountId(account)).publicAccessBlockConfiguration();
  }

  public static GetBucketAclResponse acl(S3Client client, String bucket) {
    return client.getBucketAcl(r -> r.bucket(bucket));
  }

  public static ServerSideEncryptionConfiguration encryption(S3Client client, String bucket) {
    return client.getBucketEncryption(r -> r.bucket(bucket)).serverSideEncryptionConfiguration();
  }

  public static String versioning(S3Client client, String bucket) {
    return client.getBucketVersioning(r -> r.bucket(bucket)).statusAsString();
  }

  public static String objectLock(S3Client client, String bucket) {
    var cfg = client.getObjectLockConfiguration(r -> r.bucket(bucket)).objectLockConfiguration();
    return cfg == null ? null : cfg.objectLockEnabledAsString();
  }

  public static boolean logging(S3Client client, String bucket) {
    return client.getBucketLogging(r -> r.bucket(bucket)).loggingEnabled() != null;
  }
}
