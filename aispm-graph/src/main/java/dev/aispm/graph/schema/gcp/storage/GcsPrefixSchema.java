package dev.aispm.graph.schema.gcp.storage;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/** A gs:// prefix or object an AI asset reads or writes: the unit the content scanners judge. */
public final class GcsPrefixSchema {
  private GcsPrefixSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("GCSPrefix")
      .concept("DataObject")
      .description("A Cloud Storage prefix or object named by an AI asset. Its id is the gs:// URI.")
      .property("uri", "gs://bucket/path")
      .property("bucket", "Bucket name")
      .property("key", "Object name or prefix")
      .property("secretCount", "Secrets the content scan found (absent: not scanned)")
      .property("piiCount", "Personal data items the content scan found (absent: not scanned)")
      .property("sensitivity", "secrets, pii, none or unknown")
      .property("objectsScanned", "Objects the content scan read under the prefix")
      .property("objectsWithSecrets", "URIs of the objects under the prefix that hold a secret (at most 50)")
      .property("objectsWithPii", "URIs of the objects under the prefix that hold personal data (at most 50)")
      .property("objectsSkipped", "Objects under the prefix left unread because the budget ran out (at least this many)")
      .property("objectsPartlyScanned", "Objects read only up to the per-object budget")
      .property("scanComplete", "Whether every object under the prefix was read in full (false: the verdict covers part of it)")
      .property("objectsListed", "Objects recorded under the prefix (ListedObject records) in the last scan")
      .property("listingComplete", "Whether every object under the prefix was listed (false: the budget ran out first)")
      .property("codeObjectsScanned", "Code and dependency manifests (requirements, lock files, notebooks, .py, .js...) the content scan read under the prefix for AI packages and AI use")
      .property("codeScanComplete", "Whether every code object under the prefix was read in full and nothing under it was left unread (false: AI use may hide in what was not read)")
      .property("packageIndexes", "Package indexes and channels other than the public defaults that the manifests of the code under the prefix name (requirements files' --index-url / --extra-index-url, pyproject, Pipfile and conda sources), credentials removed; absent when none")
      .build();

  public static final RelSchema IN_BUCKET = RelSchema.toStub("IN_BUCKET", NODE, GcsBucketSchema.NODE,
      "The prefix lives in the bucket.");

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "Code under the prefix installs or pins this AI package (a requirements file, lock file or notebook).");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "Code under the prefix shows this AI use (an SDK import, a provider API host).");
}
