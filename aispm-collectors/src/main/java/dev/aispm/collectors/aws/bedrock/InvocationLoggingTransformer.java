package dev.aispm.collectors.aws.bedrock;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.bedrock.InvocationLoggingSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.LinkedHashSet;
import java.util.Set;
import software.amazon.awssdk.services.bedrock.model.GetModelInvocationLoggingConfigurationResponse;
import software.amazon.awssdk.services.bedrock.model.LoggingConfig;

/**
 * Turns the region's GetModelInvocationLoggingConfiguration answer into one logging node. An
 * answer without a configuration is AWS's way of saying logging is off, so the node then says
 * {@code enabled: false}; only a failed call leaves the region without a node (and the rule
 * without a verdict).
 */
public final class InvocationLoggingTransformer {
  private InvocationLoggingTransformer() {}

  public static WriteBatch transform(GetModelInvocationLoggingConfigurationResponse raw, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    String id = BedrockIds.loggingId(scope);
    LoggingConfig c = raw == null ? null : raw.loggingConfig();
    String bucket = c == null || c.s3Config() == null ? null : blankToNull(c.s3Config().bucketName());
    String logGroup = c == null || c.cloudWatchConfig() == null ? null : blankToNull(c.cloudWatchConfig().logGroupName());
    String largeBucket = c == null || c.cloudWatchConfig() == null || c.cloudWatchConfig().largeDataDeliveryS3Config() == null
        ? null : blankToNull(c.cloudWatchConfig().largeDataDeliveryS3Config().bucketName());
    out.node(InvocationLoggingSchema.NODE, NodeRecord.of(id, scope)
        .set("name", "model-invocation-logging")
        .set("enabled", bucket != null || logGroup != null)
        .set("s3BucketName", bucket)
        .set("s3KeyPrefix", c == null || c.s3Config() == null ? null : c.s3Config().keyPrefix())
        .set("cloudWatchLogGroup", logGroup)
        .set("cloudWatchRoleArn", c == null || c.cloudWatchConfig() == null ? null : c.cloudWatchConfig().roleArn())
        .set("largeDataBucketName", largeBucket)
        .set("textDataDelivery", c == null ? null : c.textDataDeliveryEnabled())
        .set("imageDataDelivery", c == null ? null : c.imageDataDeliveryEnabled())
        .set("embeddingDataDelivery", c == null ? null : c.embeddingDataDeliveryEnabled())
        .build());
    Set<String> buckets = new LinkedHashSet<>();
    if (bucket != null) {
      buckets.add(bucket);
    }
    if (largeBucket != null) {
      buckets.add(largeBucket);
    }
    for (String b : buckets) {
      out.rel(InvocationLoggingSchema.LOGS_TO, AwsIds.toBucket(id, b, scope));
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
