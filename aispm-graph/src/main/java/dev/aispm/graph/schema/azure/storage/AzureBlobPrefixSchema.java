package dev.aispm.graph.schema.azure.storage;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;

/** A folder of blobs that an AI job reads or writes: the unit the data scanners report on. */
public final class AzureBlobPrefixSchema {
  private AzureBlobPrefixSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureBlobPrefix")
      .concept("DataObject")
      .description("Blobs under a path of a container. Its id is https://ACCOUNT.blob.core.windows.net/CONTAINER/PATH.")
      .property("uri", "https://ACCOUNT.blob.../CONTAINER/PATH")
      .property("storageAccount", "Storage account name")
      .property("container", "Container name")
      .property("path", "Path prefix inside the container")
      .property("secretCount", "Secrets the data scanner found under the prefix (absent: not scanned)")
      .property("piiCount", "Personal data items the data scanner found (absent: not scanned)")
      .property("sensitivity", "secrets, pii, none or unknown")
      .property("objectsScanned", "Blobs the content scan read under the path")
      .property("objectsWithSecrets", "URIs of the blobs under the path that hold a secret (at most 50)")
      .property("objectsWithPii", "URIs of the blobs under the path that hold personal data (at most 50)")
      .property("objectsSkipped", "Blobs under the path left unread because the budget ran out (at least this many)")
      .property("objectsPartlyScanned", "Blobs read only up to the per-object budget")
      .property("scanComplete", "Whether every blob under the path was read in full (false: the verdict covers part of it)")
      .property("objectsListed", "Blobs recorded under the path (ListedObject records) in the last scan")
      .property("listingComplete", "Whether every blob under the path was listed (false: the budget ran out first)")
      .build();

  public static final RelSchema IN_BUCKET = RelSchema.toStub("IN_BUCKET", NODE,
      AzureBlobContainerSchema.NODE, "The blobs live in the container.");
}
