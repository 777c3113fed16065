package dev.aispm.graph.schema.aws.s3;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/**
 * A serialized model stored in S3 (a SageMaker {@code model.tar.gz}, a Bedrock import). The
 * model scanner writes its verdict here, so rules can join "malicious artifact served by an
 * internet-facing endpoint". The code packaged with the model (a SageMaker {@code code/} folder
 * with its {@code requirements.txt} and {@code inference.py}, a Hugging Face folder's modelling
 * code) is read in the same pass for the AI packages the serving container installs.
 */
public final class ModelArtifactSchema {
  private ModelArtifactSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSModelArtifact")
      .concept("ModelArtifact", "DataObject")
      .description("A model artifact in S3. Its id is its s3:// URI.")
      .property("uri", "s3://bucket/key")
      .property("bucket", "Bucket name")
      .property("key", "Object key")
      .property("scanStatus", "clean, malicious, suspicious, unparseable, not-fully-scanned (larger than the per-object budget) or absent when not scanned")
      .property("scanFindingCount", "Number of content findings")
      .property("scanMaxSeverity", "Highest content finding severity")
      .property("scanSummary", "The most severe finding's message")
      .property("scanBytesRead", "Bytes the content scan read from the artifact")
      .property("scanObjectSize", "Size of the artifact in bytes, as the store reported it")
      .property("sha256", "SHA-256 of the file, when the content scan read all of it (absent: a folder, or larger than the read budget)")
      .property("codeObjectsScanned", "Objects of the artifact read for the AI packages and AI use of the code packaged with the model (1 for an archive, the objects of a folder)")
      .property("codeScanComplete", "Whether the artifact was read in full for its code (false: AI packages may hide in what was not read)")
      .property("packageIndexes", "Package indexes and channels other than the public defaults that the manifests of the code packaged with the model name (requirements files' --index-url / --extra-index-url, pyproject, Pipfile and conda sources), credentials removed; absent when none")
      .build();

  public static final RelSchema IN_BUCKET = RelSchema.toStub("IN_BUCKET", NODE, BucketSchema.NODE,
      "The artifact lives in the bucket.");

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "Code packaged with the model installs or pins this AI package (code/requirements.txt in a model.tar.gz).");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "Code packaged with the model shows this AI use (an SDK import in its inference script).");
}
