package dev.aispm.graph.schema.gcp.storage;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/** The gs:// folder a Vertex AI model is served from, or a job writes its model to. */
public final class GcsModelArtifactSchema {
  private GcsModelArtifactSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("GCSModelArtifact")
      .concept("ModelArtifact", "DataObject")
      .description("Model files in Cloud Storage. Its id is the gs:// URI, ending in a slash for a folder.")
      .property("uri", "gs://bucket/path/")
      .property("bucket", "Bucket name")
      .property("key", "Object name or prefix")
      .property("scanStatus", "clean, malicious, suspicious, unparseable, not-fully-scanned (larger than the per-object budget) or absent when not scanned")
      .property("scanFindingCount", "Number of content findings")
      .property("scanMaxSeverity", "Highest content finding severity")
      .property("scanSummary", "The most severe finding's message")
      .property("scanBytesRead", "Bytes the content scan read from the artifact")
      .property("scanObjectSize", "Size of the artifact in bytes, as the store reported it")
      .property("sha256", "SHA-256 of the file, when the content scan read all of it (absent: a folder, or larger than the read budget)")
      .property("codeObjectsScanned", "Objects of the artifact read for the AI packages and AI use of the code packaged with the model (an archive's members, a folder's scripts)")
      .property("codeScanComplete", "Whether the artifact was read in full for its code (false: AI packages may hide in what was not read)")
      .property("packageIndexes", "Package indexes and channels other than the public defaults that the manifests of the code packaged with the model name (requirements files' --index-url / --extra-index-url, pyproject, Pipfile and conda sources), credentials removed; absent when none")
      .build();

  public static final RelSchema IN_BUCKET = RelSchema.toStub("IN_BUCKET", NODE, GcsBucketSchema.NODE,
      "The artifact lives in the bucket.");

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "Code packaged with the model installs or pins this AI package (a requirements file in the archive or folder).");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "Code packaged with the model shows this AI use (an SDK import in its serving or modelling code).");
}
