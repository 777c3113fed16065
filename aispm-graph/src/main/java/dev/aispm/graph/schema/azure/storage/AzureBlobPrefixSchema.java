package dev.aispm.graph.schema.azure.storage;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

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
      .property("codeObjectsScanned", "Code and dependency manifests (requirements, lock files, notebooks, .py, .js...) the content scan read under the path for AI packages and AI use")
      .property("codeScanComplete", "Whether every code blob under the path was read in full and nothing under it was left unread (false: AI use may hide in what was not read)")
      .property("packageIndexes", "Package indexes and channels other than the public defaults that the manifests of the code under the path name (requirements files' --index-url / --extra-index-url, pyproject, Pipfile and conda sources), credentials removed; absent when none")
      .build();

  public static final RelSchema IN_BUCKET = RelSchema.toStub("IN_BUCKET", NODE,
      AzureBlobContainerSchema.NODE, "The blobs live in the container.");

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "Code under the path installs or pins this AI package (a requirements file, lock file or notebook).");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "Code under the path shows this AI use (an SDK import, a provider API host).");
}
