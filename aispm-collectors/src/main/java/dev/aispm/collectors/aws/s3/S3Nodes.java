package dev.aispm.collectors.aws.s3;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.s3.DataPrefixSchema;
import dev.aispm.graph.schema.aws.s3.ModelArtifactSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;

/**
 * The S3 prefix and model-artifact nodes that a transform adds when an AI asset names an S3 URI,
 * each with its link to the bucket. Every service that reads or writes S3 (SageMaker jobs, Bedrock
 * customization jobs, knowledge-base sources) produces the same node for the same URI, so the data
 * scanner's verdict on it is shared by all of them.
 */
public final class S3Nodes {
  private S3Nodes() {}

  /** Adds a prefix node and its bucket link; false when the URI is not an S3 URI. */
  public static boolean prefix(WriteBatch out, String uri, ScopeKey scope) {
    AwsIds.S3Uri s3 = AwsIds.s3(uri);
    if (s3 == null) {
      return false;
    }
    out.node(DataPrefixSchema.NODE, NodeRecord.of(uri, scope)
        .set("uri", uri).set("bucket", s3.bucket()).set("key", s3.key()).build());
    out.rel(DataPrefixSchema.IN_BUCKET, AwsIds.toBucket(uri, s3.bucket(), scope));
    return true;
  }

  /** Adds a model artifact node and its bucket link; false when the URI is not an S3 URI. */
  public static boolean artifact(WriteBatch out, String uri, ScopeKey scope) {
    AwsIds.S3Uri s3 = AwsIds.s3(uri);
    if (s3 == null) {
      return false;
    }
    out.node(ModelArtifactSchema.NODE, NodeRecord.of(uri, scope)
        .set("uri", uri).set("bucket", s3.bucket()).set("key", s3.key()).build());
    out.rel(ModelArtifactSchema.IN_BUCKET, AwsIds.toBucket(uri, s3.bucket(), scope));
    return true;
  }
}
