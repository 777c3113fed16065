package dev.aispm.collectors.aws;

import java.util.Map;

/**
 * The IAM action each API operation the collector calls needs. Most are
 * {@code service:Operation}; the exceptions below are the ones whose action name differs from the
 * operation (S3's in particular), written from the IAM service authorization reference. The
 * least-privilege policy in {@code deploy/aws/} and the "missing permission" reported for an
 * AccessDenied both come from here. API Gateway's management APIs (REST and v2 alike) authorize
 * by HTTP verb on the resource path, so every read of theirs is {@code apigateway:GET}.
 */
public final class IamActions {
  private static final Map<String, String> EXCEPTIONS = Map.ofEntries(
      Map.entry("s3:ListBuckets", "s3:ListAllMyBuckets"),
      Map.entry("s3:GetPublicAccessBlock", "s3:GetBucketPublicAccessBlock"),
      Map.entry("s3:GetBucketEncryption", "s3:GetEncryptionConfiguration"),
      Map.entry("s3:GetObjectLockConfiguration", "s3:GetBucketObjectLockConfiguration"),
      Map.entry("s3:ListObjectsV2", "s3:ListBucket"),
      Map.entry("s3control:GetPublicAccessBlock", "s3:GetAccountPublicAccessBlock"),
      Map.entry("bedrock-agent:ListAgents", "bedrock:ListAgents"));

  private IamActions() {}

  /**
   * The IAM action for an operation.
   *
   * @param service   the API's model name ({@code sagemaker}, {@code bedrock-agent}, {@code s3control} ...)
   * @param operation the operation name as in the API reference, e.g. {@code ListNotebookInstances}
   */
  public static String of(String service, String operation) {
    String key = service + ":" + operation;
    String mapped = EXCEPTIONS.get(key);
    if (mapped != null) {
      return mapped;
    }
    if (service.equals("apigateway") && operation.startsWith("Get")) {
      return "apigateway:GET";
    }
    String prefix = switch (service) {
      case "bedrock-agent" -> "bedrock";
      case "s3control" -> "s3";
      default -> service;
    };
    return prefix + ":" + operation;
  }
}
