package dev.aispm.graph.schema.azure.storage;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/** The files of a registered or produced model in blob storage, which the model scanners read. */
public final class AzureBlobModelArtifactSchema {
  private AzureBlobModelArtifactSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureBlobModelArtifact")
      .concept("ModelArtifact")
      .description("Model files in a container. Its id is https://ACCOUNT.blob.core.windows.net/CONTAINER/PATH.")
      .property("uri", "https://ACCOUNT.blob.../CONTAINER/PATH")
      .property("storageAccount", "Storage account name")
      .property("container", "Container name")
      .property("path", "Blob path or folder")
      .property("scanStatus", "clean, malicious, suspicious, unparseable, not-fully-scanned (budget ran out) or absent when not scanned")
      .property("scanFindingCount", "Number of content findings")
      .property("scanMaxSeverity", "Highest content finding severity")
      .property("scanSummary", "The most severe finding's message")
      .property("scanBytesRead", "Bytes the content scan read from the model files")
      .property("scanObjectSize", "Size of the model files in bytes, as Blob storage reported it")
      .property("sha256", "SHA-256 of the model when it is one blob read to its end (absent: a folder, or larger than the read budget)")
      .property("codeObjectsScanned", "Objects of the artifact read for the AI packages and AI use of the code packaged with the model (an archive's members, a folder's scripts)")
      .property("codeScanComplete", "Whether the artifact was read in full for its code (false: AI packages may hide in what was not read)")
      .property("packageIndexes", "Package indexes and channels other than the public defaults that the manifests of the code packaged with the model name (requirements files' --index-url / --extra-index-url, pyproject, Pipfile and conda sources), credentials removed; absent when none")
      .build();

  public static final RelSchema IN_BUCKET = RelSchema.toStub("IN_BUCKET", NODE,
      AzureBlobContainerSchema.NODE, "The model files live in the container.");

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "Code packaged with the model installs or pins this AI package (a requirements file in the archive or folder).");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "Code packaged with the model shows this AI use (an SDK import in its serving or modelling code).");
}
