package dev.aispm.collectors.aws;

import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.Locale;
import java.util.Map;

/**
 * Stable ids of AWS assets and the small parsing that derives them (S3 URIs, ARNs), in one place
 * so every sync that points at a bucket, prefix or role produces the same id as the sync that
 * owns that node.
 */
public final class AwsIds {
  /** Scope of the single Internet node, which belongs to no cloud account. */
  public static final ScopeKey INTERNET_SCOPE = new ScopeKey("common", "internet", ScopeKey.GLOBAL);

  private AwsIds() {}

  /** A parsed {@code s3://bucket/key}. */
  public record S3Uri(String bucket, String key) {
    public String uri() {
      return "s3://" + bucket + "/" + key;
    }
  }

  /** Parses an {@code s3://} URI; null when it is not one. */
  public static S3Uri s3(String uri) {
    if (uri == null || !uri.startsWith("s3://")) {
      return null;
    }
    String rest = uri.substring(5);
    int slash = rest.indexOf('/');
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    if (bucket.isEmpty()) {
      return null;
    }
    return new S3Uri(bucket, slash < 0 ? "" : rest.substring(slash + 1));
  }

  public static String bucketArn(String bucket) {
    return "arn:aws:s3:::" + bucket;
  }

  /** The bucket name of an S3 bucket or object ARN, or null. */
  public static String bucketOfArn(String arn) {
    if (arn == null || !arn.startsWith("arn:aws:s3:::")) {
      return null;
    }
    String rest = arn.substring("arn:aws:s3:::".length());
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  /** The account id field of an ARN, or null. */
  public static String accountOfArn(String arn) {
    if (arn == null) {
      return null;
    }
    String[] parts = arn.split(":", 6);
    return parts.length >= 5 && !parts[4].isEmpty() ? parts[4] : null;
  }

  /** The last path or colon segment of an ARN: the resource's name. */
  public static String nameOfArn(String arn) {
    if (arn == null) {
      return null;
    }
    return arn.substring(Math.max(arn.lastIndexOf('/'), arn.lastIndexOf(':')) + 1);
  }

  /** SageMaker ARNs carry the resource name in lower case. */
  public static String sagemakerArn(String region, String account, String kind, String name) {
    return "arn:aws:sagemaker:" + region + ":" + account + ":" + kind + "/" + name.toLowerCase(Locale.ROOT);
  }

  /** The Internet node record. */
  public static NodeRecord internet() {
    return NodeRecord.of(CommonSchemas.INTERNET_ID, INTERNET_SCOPE).build();
  }

  /** An edge to a role, creating the role as a stub until IAM collection fills it in. */
  public static RelRecord toRole(String fromId, String roleArn, ScopeKey scope) {
    return RelRecord.of(fromId, roleArn, scope).withTargetStub(Map.of("name", String.valueOf(nameOfArn(roleArn)),
        "account", String.valueOf(accountOfArn(roleArn))));
  }

  /** An edge to a bucket, creating it as a stub when it lives outside the scanned accounts. */
  public static RelRecord toBucket(String fromId, String bucket, ScopeKey scope) {
    return RelRecord.of(fromId, bucketArn(bucket), scope).withTargetStub(Map.of("name", bucket));
  }

  /** Java's null-safe boolean of a SageMaker "Enabled"/"Disabled" string; null when absent or odd. */
  public static Boolean enabled(String value) {
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "Enabled", "ENABLED", "true" -> true;
      case "Disabled", "DISABLED", "false" -> false;
      default -> null;
    };
  }
}
