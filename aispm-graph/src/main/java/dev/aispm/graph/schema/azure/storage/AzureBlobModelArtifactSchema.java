package dev.aispm.graph.schema.azure.storage;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;

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
      .build();

  public static final RelSchema IN_BUCKET = RelSchema.toStub("IN_BUCKET", NODE,
      AzureBlobContainerSchema.NODE, "The model files live in the container.");
}
