package dev.aispm.collectors.aws.s3;

import dev.aispm.collectors.aws.AwsFailures;
import dev.aispm.collectors.aws.AwsScope;
import dev.aispm.graph.collect.Read;
import dev.aispm.collectors.aws.s3.BucketTransformer.Block;
import dev.aispm.collectors.aws.s3.BucketTransformer.BucketView;
import dev.aispm.graph.schema.aws.s3.BucketSchema;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

/**
 * Collects every bucket of an account into its global scope. Returns the bucket names so the
 * IAM sync can draw role-to-bucket edges.
 */
public final class S3Sync {
  private static final String SVC = "s3";

  private S3Sync() {}

  public static List<String> sync(AwsScope scope) {
    Instant start = Instant.now();
    scope.progress("s3 buckets", 0, -1);
    S3Client home = scope.clients().s3(scope.region());
    Optional<List<Bucket>> listed = scope.call(BucketSchema.NODE, SVC, "ListBuckets", () -> BucketFetcher.list(home));
    if (listed.isEmpty()) {
      return List.of();
    }
    Read<Block> account = read(scope, "s3control", "GetPublicAccessBlock",
        Set.of("NoSuchPublicAccessBlockConfiguration"), () -> {
          var c = BucketFetcher.accountPublicAccessBlock(scope.clients().s3control(scope.region()), scope.account());
          return c == null ? null : new Block(c.blockPublicAcls(), c.ignorePublicAcls(), c.blockPublicPolicy(),
              c.restrictPublicBuckets());
        });
    List<BucketView> views = scope.describeAll(listed.get(), BucketSchema.NODE, SVC, "GetBucketPolicy",
        b -> view(scope, b));
    BucketTransformer.transform(views, account, scope.key()).load(scope.context().writer(), scope.context().tag());
    scope.succeeded(BucketSchema.NODE, views.size(), start);
    return listed.get().stream().map(Bucket::name).toList();
  }

  static BucketView view(AwsScope scope, Bucket b) {
    String name = b.name();
    String region = b.bucketRegion();
    if (region == null) {
      region = read(scope, SVC, "GetBucketLocation", Set.of(),
          () -> BucketFetcher.location(scope.clients().s3(scope.region()), name)).value();
    }
    S3Client s3 = scope.clients().s3(region == null ? scope.region() : Region.of(region));
    Read<String> policy = read(scope, SVC, "GetBucketPolicy", Set.of("NoSuchBucketPolicy"),
        () -> BucketFetcher.policy(s3, name));
    Read<Block> block = read(scope, SVC, "GetPublicAccessBlock", Set.of("NoSuchPublicAccessBlockConfiguration"), () -> {
      var c = BucketFetcher.publicAccessBlock(s3, name);
      return c == null ? null : new Block(c.blockPublicAcls(), c.ignorePublicAcls(), c.blockPublicPolicy(),
          c.restrictPublicBuckets());
    });
    var acl = read(scope, SVC, "GetBucketAcl", Set.of(), () -> BucketFetcher.acl(s3, name));
    var enc = read(scope, SVC, "GetBucketEncryption", Set.of("ServerSideEncryptionConfigurationNotFoundError"),
        () -> BucketFetcher.encryption(s3, name));
    var versioning = read(scope, SVC, "GetBucketVersioning", Set.of(), () -> BucketFetcher.versioning(s3, name));
    var lock = read(scope, SVC, "GetObjectLockConfiguration", Set.of("ObjectLockConfigurationNotFoundError"),
        () -> BucketFetcher.objectLock(s3, name));
    var logging = read(scope, SVC, "GetBucketLogging", Set.of(), () -> BucketFetcher.logging(s3, name));
    return new BucketView(name, region, b.creationDate(), policy, block, acl, enc, versioning, lock, logging);
  }

  /**
   * Reads one setting. An error code in {@code absentCodes} means the setting does not exist; any
   * other failure is recorded (with the missing permission) and the setting left unknown.
   */
  static <T> Read<T> read(AwsScope scope, String service, String operation, Set<String> absentCodes, Supplier<T> fn) {
    Instant start = Instant.now();
    try {
      return Read.of(fn.get());
    } catch (RuntimeException e) {
      String code = AwsFailures.errorCode(e);
      if (code != null && absentCodes.contains(code)) {
        return Read.absent();
      }
      scope.fail(BucketSchema.NODE, service, operation, e, start);
      return Read.unknown();
    }
  }
}
